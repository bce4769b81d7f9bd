/**
 * The words of the checker's results: every reason, look-up and wait that
 * `assess` can return, each verdict's headline and "what could change this",
 * and each path's title and numbered next steps. Words only; the rules are in
 * src/lib/screening/. Reasons state the rule in general terms, so they read
 * true whether the path applies or only may apply. Never promise: "likely",
 * "may".
 */
import type { LookupId, PathId, ReasonId, Verdict, WaitId } from '../../src/lib/screening';

export interface VerdictWords {
  /** One sentence, shown as the result's heading. */
  headline: string;
  /** What to do now, in one or two sentences. */
  next: string;
  /** What could change this result. */
  whatCouldChange: readonly string[];
}

export interface PathWords {
  title: string;
  /** One sentence under the title. */
  summary: string;
  /** Numbered next steps. */
  steps: readonly string[];
}

const FREE_HELP = 'Get free legal help if you are not sure or your case is complicated: see /help/ for free clinics and the Maryland Courts Self-Help Center.';

export const reasonWords: Record<ReasonId, string> = {
  // Resentencing
  'resentencing-incarcerated-for-possession':
    'A 2022 law lets a person in jail or prison for cannabis possession ask the court for a new sentence. Someone serving time only for cannabis charges may be resentenced to time already served.',
  'resentencing-only-for-possession':
    'Resentencing under the 2022 law is for a sentence for cannabis possession. It does not cover other cannabis charges.',

  // Automatic expungement (§10-112)
  'auto-possession-only-before-july-2023':
    'Maryland law said that cases where cannabis possession was the only charge, from before July 1, 2023 (the exact date rule is not settled), were to be cleared automatically by July 1, 2024. The part of the law we could read does not depend on how the case ended. You do not need to file anything for this.',
  'auto-civil-citation-unclear':
    'It is not settled whether that automatic clearing covers a civil citation. A lawyer can check what your record shows.',
  'auto-only-possession-cases':
    'The automatic clearing of July 2024 covered only cases about cannabis possession, not other cannabis charges.',
  'auto-other-charges-in-case':
    'The automatic clearing covered only cases where cannabis possession was the only charge. A case with other charges was not cleared this way.',
  'auto-case-ended-after-june-2023':
    'This checker treats the automatic clearing as covering cases that ended before July 1, 2023. If your case was charged before that date but ended later, it may still be covered: check Case Search.',

  // Petition: common rules
  'case-still-open': 'A case cannot be expunged while it is still open. Once it ends, how it ended decides when you can ask.',
  'petition-open-case-bar':
    'You cannot file a petition to expunge while you are charged in any open criminal case. You may file once that case ends. We found no source saying this rule applies to automatic clearing or pardons.',
  'petition-record-still-visible':
    'If a case that should have been cleared automatically still shows on Case Search, you can file a petition to expunge it.',
  'petition-not-needed-after-automatic':
    'If the case no longer shows on Case Search, it was likely cleared automatically, so you may not need to file a petition.',

  // Petition: by outcome
  'petition-possession-after-sentence':
    'A conviction for cannabis possession can be expunged by petition once the whole sentence, including probation, is finished. There is no extra waiting time. A 2022 court case let a probation before judgment (PBJ) for possession use this rule too; we could not confirm that this still holds after the 2023 changes.',
  'petition-intent-to-distribute-3-years-after-sentence':
    'A conviction for possession with intent to distribute cannabis can be expunged by petition 3 years after the whole sentence is finished.',
  'petition-paraphernalia-route-unclear':
    'A paraphernalia conviction can be expunged, but which rule and waiting time apply to it is not settled. A lawyer can tell you the best way.',
  'petition-no-cannabis-route-for-distribution':
    'There is no cannabis-specific way to expunge a conviction for selling, giving out, making or growing cannabis. A 2025 law added some cannabis selling convictions to the list that can be expunged after a waiting time, so ask a lawyer.',
  'petition-pbj-later-of-probation-or-3-years':
    'A probation before judgment (PBJ) for a charge other than possession can be expunged once probation is over and at least 3 years have passed since the PBJ.',
  'petition-non-conviction-after-3-years':
    'A charge that ended in not guilty, dismissal or nolle prosequi can be expunged by petition 3 years after it ended.',
  'petition-general-waiver-now':
    'You do not have to wait 3 years if you also file a General Waiver and Release. By signing it, you give up certain legal claims for harm over the case.',
  'petition-stet-after-3-years': 'A stet can be expunged by petition 3 years after the case was put on the stet docket.',
  'petition-possession-exception-to-unit-rule':
    'Usually, if one charge in a case cannot be expunged, none can. Since July 2023, a cannabis possession charge can be expunged even when other charges in the case cannot.',
  'petition-unit-rule-may-block':
    'Usually, if one charge in a case cannot be expunged, none of the charges can. Whether that rule blocks this cannabis charge depends on the other charges, so a lawyer should look at the whole case.',

  // Governor's pardon
  'pardon-possession-conviction-before-2023':
    "Governor Moore's pardon of June 17, 2024 covers guilty findings and probation before judgment for misdemeanor cannabis possession charged before January 1, 2023. Nobody had to apply.",
  'pardon-paraphernalia-with-possession-only':
    'The pardon also covers a paraphernalia conviction when the only other charge in the case was cannabis possession.',
  'pardon-charge-date-unclear':
    'The pardon covers charges from before January 1, 2023. Your case ended in 2023 or later, so it depends on when you were charged.',
  'pardon-needs-guilty-or-pbj':
    'The pardon covers only guilty findings and probation before judgment. A case that ended another way has nothing to pardon.',
  'pardon-charge-not-covered':
    'The pardon covers cannabis possession, and paraphernalia when the only other charge was possession. It does not cover other charges.',
  'pardon-does-not-erase':
    'A pardon is noted on your court record, but the record stays. To remove it, you still need to file a petition for expungement.',
  'pardon-check-docket-entry':
    'Check Case Search for a note on the docket that says the conviction was pardoned. In June 2025 the Governor signed a second pardon for 6,938 cases the first one missed. Very old paper records may not be included.',

  // Outside Maryland
  'federal-pardon-simple-possession':
    'Presidential pardons in October 2022 and December 2023 covered simple possession of marijuana under federal law and D.C. law, for offenses on or before those dates. The Justice Department has given certificates as proof; check whether it still takes applications.',
  'federal-pardon-needs-possession-conviction':
    'The presidential pardons cover only simple possession of marijuana and, since December 2023, attempted possession and use. They do not cover other charges.',
  'federal-case-maryland-law-does-not-apply':
    "Maryland's expungement laws and the Governor's pardon cover Maryland court cases only. A pardon does not erase a federal or D.C. record.",
  'other-state-not-covered':
    "This checker covers Maryland cases. A case from another state follows that state's laws; ask a legal aid office in that state.",

  // Notes
  'general-automatic-expungement-after-3-years':
    'Separately, since October 2021, a case where every charge ended in not guilty, dismissal or nolle prosequi is cleared automatically 3 years after it ended.',
  'civil-citation-not-a-conviction':
    'A civil citation is not a criminal conviction. How the clearing rules apply to a citation is not fully settled, so it is worth asking a lawyer.',
  'petition-civil-citation-unclear':
    'It is not settled how the petition rules apply to a civil citation. A lawyer can tell you if and when you can file.',
  'court-unknown':
    "These rules cover cases from Maryland courts only. First find out which court had your case: Maryland cases are on Case Search.",
  'not-visible-does-not-prove-expungement':
    'Not finding a case on Case Search does not prove it was expunged. Since a 2025 law, Case Search may not show a cannabis possession conviction that the governor pardoned. Such a case is hidden, not expunged, and may still be on your state record.',
  'no-cannabis-specific-relief':
    'None of the cannabis-specific ways to clear a record fits your answers. The general expungement rules may still help, so ask a lawyer.',
};

export const lookupWords: Record<LookupId, string> = {
  'lookup-court':
    'Search your name on Case Search. If the case is there, it is a Maryland case. If not, it may be a federal, D.C. or other state case.',
  'lookup-charge': 'On Case Search, open the case and read the list of charges. Look for the cannabis charge and its description.',
  'lookup-other-charges': 'On Case Search, open the case and count the charges. Note any that are not about cannabis.',
  'lookup-disposition': 'On Case Search, find the "disposition" next to the cannabis charge. It says how the charge ended.',
  'lookup-disposition-date': 'On Case Search, find the disposition date: the day the charge ended.',
  'lookup-sentence': 'On Case Search, read the sentence for the charge, including any probation. Your probation agent can tell you when probation ends.',
  'lookup-time-since-disposition': 'On Case Search, find the disposition date and count how many years have passed since then.',
  'lookup-open-cases': 'Search your full name on Case Search and look for any case that is still open.',
  'lookup-case-search-visible': 'Search your name on Case Search, or use a public computer at a courthouse, and see if the case still shows.',
  'lookup-pardon-docket-entry':
    'On Case Search, open the case and look for a docket entry that says the conviction was pardoned, and check the date of the charge.',
};

export const waitWords: Record<WaitId, string> = {
  'current-case-ends': 'This case has to end first.',
  'other-open-case-ends': 'Any other open criminal case against you has to end first.',
  'sentence-complete': 'Your sentence, including any probation or parole, has to be finished.',
  'three-years-after-sentence': '3 years have to pass after the sentence is finished.',
  'three-years-after-pbj': 'Probation has to be over, and 3 years have to pass since the PBJ.',
  'three-years-after-stet': '3 years have to pass since the stet.',
};

export const verdictWords: Record<Verdict, VerdictWords> = {
  likely: {
    headline: 'Your record can likely be cleared.',
    next: 'The steps below say what to do for each way that fits. Check Case Search first, and get free help if anything looks different from your answers.',
    whatCouldChange: [
      'Case Search shows something different from your answers, like other charges or another date.',
      'You are charged in a new criminal case: you cannot file a petition while it is open.',
      'A later conviction can matter for some petitions.',
      "The State's Attorney can object to a petition, and then a judge decides.",
    ],
  },
  'not-yet': {
    headline: 'You likely cannot clear this record yet, but you may be able to later.',
    next: 'The list below says what has to happen first. Come back to the checker then, or get free help to plan ahead.',
    whatCouldChange: [
      'Once the things listed below have happened, you may be able to file a petition.',
      'Case Search shows something different from your answers.',
      'A later conviction can matter for some petitions.',
    ],
  },
  possibly: {
    headline: 'You may be able to clear this record.',
    next: 'It depends on something you were not sure of, or on a rule that is not settled. Look up what is listed below on Case Search, then check again, or get free help.',
    whatCouldChange: [
      'Your answers to the questions you were not sure of.',
      'How a court reads a rule that is not settled yet.',
      'Another open criminal case, or a later conviction.',
    ],
  },
  unlikely: {
    headline: 'None of the cannabis-specific ways to clear a record fits your answers.',
    next: "Maryland's general expungement rules may still help. A free legal clinic can look at your whole record.",
    whatCouldChange: [
      'Case Search shows something different from your answers.',
      'The general expungement rules, which depend on the whole record.',
      'New laws: Maryland has changed these rules often.',
    ],
  },
  'outside-maryland': {
    headline: 'This is not a Maryland court case, so Maryland’s rules do not apply to it.',
    next: 'If it was a federal or D.C. case for simple possession of marijuana, a presidential pardon may cover it. For other cases, ask a legal aid office where the case was.',
    whatCouldChange: [
      'If the case was really in a Maryland court, start the checker again.',
      'For a federal or D.C. case: what the charge was and how it ended.',
    ],
  },
};

export const pathWords: Record<PathId, PathWords> = {
  resentencing: {
    title: 'Ask the court for a new sentence (resentencing)',
    summary: 'If you are in jail or prison for cannabis possession, you can ask the court for a new sentence.',
    steps: [
      'Tell your lawyer, or ask a free legal aid office, that you want to ask for resentencing for cannabis possession. See /help/.',
      'Ask them how to make the request to the court.',
      'If you are serving time only for cannabis charges, the judge may resentence you to the time you have already served.',
      'Once you are out, come back to the checker to see how to clear the record.',
    ],
  },
  'automatic-expungement': {
    title: 'Automatic expungement of possession-only cases',
    summary: 'Your case should already have been cleared by the State, without you filing anything.',
    steps: [
      'Search your name on Case Search (mdcourts.gov/casesearch), or use a public computer at a courthouse.',
      'If the case still shows, you can file a petition to expunge it: follow the petition steps.',
      'If the case does not show, it was likely cleared. Not showing does not prove it, because a 2025 law says Case Search may not show pardoned cannabis possession convictions. Free legal help can check your official record.',
      FREE_HELP,
    ],
  },
  'petition-expungement': {
    title: 'File a petition for expungement',
    summary: 'You can likely ask the court to expunge (clear) the case now.',
    steps: [
      'Find the case on Case Search. Write down the case number, the court, each charge, how it ended and the dates.',
      'Fill in the Petition for Expungement of Records (form CC-DC/CR-72). If the case ended in not guilty, dismissal or nolle prosequi less than 3 years ago, also fill in the General Waiver and Release (form CC-DC/CR-78).',
      'File it with the clerk of the court where the case began, in person or by mail.',
      'A $30 fee may apply per case. You can ask for a fee waiver.',
      "The court sends your petition to the State's Attorney, who has 30 days to object. If nobody objects, the court orders the expungement. If someone objects, a judge holds a hearing.",
      'The state says it should take no more than 90 days, unless there is an objection or an appeal.',
      'Afterwards, search Case Search again to check that the case is gone.',
      FREE_HELP,
    ],
  },
  'governor-pardon-2024': {
    title: "Governor Moore's 2024 cannabis pardon",
    summary: 'The June 2024 pardon likely covers this conviction. It was automatic: nobody had to apply.',
    steps: [
      'On Case Search, open the case and look for a docket entry that says the conviction was pardoned.',
      'If you do not see one but think your conviction is covered, get free legal help. A second pardon in June 2025 covered cases the first one missed, and very old paper records may need a regular pardon application.',
      'A pardon does not remove the record. To remove it, file a petition for expungement: see the petition steps.',
      FREE_HELP,
    ],
  },
  'federal-pardon': {
    title: 'Presidential pardon for simple possession of marijuana',
    summary: 'The 2022 and 2023 presidential pardons likely cover a federal or D.C. conviction for simple possession.',
    steps: [
      'The pardon came from a proclamation by the President. A certificate of pardon is the only paper the Justice Department gives to show it.',
      'To prove it, you can ask the U.S. Department of Justice, Office of the Pardon Attorney, for a certificate of pardon. Check their website to see if applications are still open.',
      'A pardon does not erase the conviction. Ask a lawyer about clearing a federal or D.C. record.',
      FREE_HELP,
    ],
  },
};
