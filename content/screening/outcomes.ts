/**
 * The words of the checker's results: every reason, note, look-up and wait
 * that `assess` can return, the name of every law the rules rest on, each
 * verdict's headline, each path's card for each status, and the actions and
 * steps the result page picks from (src/lib/screening/pages/result.ts).
 * Words only; the rules are in src/lib/screening/rules/.
 *
 * House rules for these words:
 * - never promise: "likely", "may"; "now" only on a card whose status is 'applies';
 * - a sentence that depends on an answer the person may not have given is
 *   written as a condition ("If the case ended after June 2023, …"), so it
 *   never turns "I'm not sure" into a fact;
 * - plain words, short sentences (US grade 8 or below).
 */
import type { LawId, LookupId, NoteId, PathId, ReasonId, RuleStatus, Verdict, WaitId } from '../../src/lib/screening';

/** Official addresses residents need (research §00 item 10, §4). Outbound links: not requests the page makes. */
export const officialLinks = {
  forms: { href: 'https://www.mdcourts.gov/legalhelp/expungement', label: 'Expungement forms and videos (Maryland Courts)' },
  caseSearch: { href: 'https://www.mdcourts.gov/casesearch', label: 'Maryland Judiciary Case Search' },
  selfHelp: { href: 'https://www.mdcourts.gov/selfhelp', label: 'Maryland Courts Self-Help Centers' },
  pardonAttorney: {
    href: 'https://www.justice.gov/pardon/presidential-proclamation-marijuana-possession',
    label: 'Office of the Pardon Attorney: marijuana pardon (U.S. Justice Department)',
  },
  freeHelp: { href: '/help/', label: 'Free legal help in Baltimore and Maryland' },
} as const;
export type OfficialLinkId = keyof typeof officialLinks;

export const lawWords: Record<LawId, string> = {
  'cp-10-105': 'Maryland Criminal Procedure §10-105',
  'cp-10-105-1': 'Criminal Procedure §10-105.1 (2021)',
  'cp-10-107': 'Criminal Procedure §10-107 (the unit rule)',
  'cp-10-110': 'Criminal Procedure §10-110',
  'cp-10-112': 'Criminal Procedure §10-112 (HB 837 of 2022)',
  'cp-10-301': 'Criminal Procedure §10-301 (shielding)',
  'cp-10-401': 'Criminal Procedure §10-401 (what Case Search may show)',
  'hb837-2022': 'HB 837 of 2022 (Chapter 26), the cannabis reform law',
  'sb432-2025': 'Expungement Reform Act of 2025 (SB 432)',
  'cr-5-601-1': 'Criminal Law §5-601.1 (civil citations)',
  'cr-5-613-1': 'Criminal Law §5-613.1 (2025)',
  'pardon-orders': 'Executive Clemency Orders of June 17, 2024 and June 19, 2025',
  'federal-proclamations': 'Presidential proclamations of October 6, 2022 and December 22, 2023',
  'dc-16-802': 'D.C. Code §16-802',
  'immigration-expunged-convictions': 'U.S. Justice Department, Office of Legal Counsel, on expunged state convictions',
  'case-law-trey-h': 'In re Trey H. (2022)',
  'case-law-vincent-s': 'In re Vincent S. (2022)',
};

export const reasonWords: Record<ReasonId, string> = {
  // Resentencing
  'resentencing-charged-before-2023':
    'A 2022 law lets a person in jail or prison for cannabis possession ask the court for a new sentence. If you are serving time only for cannabis charges, the judge may resentence you to the time you have already served. We could not confirm the exact section of that law or any limit on the amount.',
  'resentencing-charged-early-2023':
    'If you were charged between January 1 and June 30, 2023, small amounts were already a civil offense. It is not settled whether the 2022 resentencing rule reaches a charge from then.',
  'resentencing-charged-after-june-2023':
    'The 2022 resentencing rule was for sentences under the old law. For a charge filed after June 2023, ask your defense lawyer about a motion to change the sentence.',
  'resentencing-only-for-possession': 'Resentencing under the 2022 law is for cannabis possession. It does not cover other charges.',

  // Petition: common rules and bars
  'case-still-open': 'A case cannot be expunged while it is open. Once it ends, how it ended decides when you can ask.',
  'petition-open-case-bar':
    'You cannot file a petition while you have an open criminal case in any court: waiting for a trial, a plea or a sentence, an open warrant, or an appeal. Probation or parole for a case that is over does not count. Once the open case ends, the rest of this card applies. This rule is for petitions: no source we found applies it to automatic expungement or pardons.',
  'petition-other-charges-dropped-too':
    'Usually, if one charge in a case cannot be expunged, none can. If every other charge was dropped (not guilty, dismissed or nolle prosequi), those can be expunged too, so they do not block this one.',
  'petition-later-conviction-bars-pbj':
    'A conviction in the 3 years after a PBJ stops you from getting the PBJ expunged. A minor traffic offense does not count, and neither does a conviction for something that is no longer a crime. If you are not sure, ask free legal help.',
  'petition-later-conviction-bars-10-110':
    'For this kind of conviction, a later conviction stops the petition until that later conviction could be expunged too. A minor traffic offense does not count, and neither does a conviction for something that is no longer a crime. Ask free legal help which date applies to you.',
  'petition-later-conviction-act-now-legal':
    'If the act behind the PBJ is no longer a crime, a later conviction may not stop this petition at all. We could not confirm this.',
  'petition-where-to-file':
    'File the petition in the court where the case ended. If the case was moved to the Circuit Court (for example for a jury trial) or was appealed, file it in that court.',
  'petition-fee-guilty':
    'The fee is usually $30 for a guilty finding. We could not read the official fee list, so ask the clerk. If you cannot pay, you can ask for a fee waiver.',
  'petition-fee-non-conviction':
    'A petition for a case that did not end in a guilty finding is usually free. Ask the clerk to be sure. If a fee is asked and you cannot pay, you can ask for a fee waiver.',
  'petition-possession-exception-to-unit-rule':
    'Usually, if one charge in a case cannot be expunged, none can. Since July 2023, a cannabis possession charge can be expunged even when other charges in the case cannot. The other charges stay unless they qualify on their own.',
  'petition-unit-rule-may-block':
    'Usually, if one charge in a case cannot be expunged, none of the charges can. Whether that rule blocks this cannabis charge depends on the other charges, so have a lawyer look at the whole case.',
  'petition-good-cause-early':
    'A judge may let you file sooner if you show a good reason ("good cause"), like a job or housing need. Free legal help can tell you if it is worth asking.',

  // Petition: by outcome
  'petition-dropped-after-3-years':
    'A charge that ended in not guilty, dismissal or nolle prosequi can be expunged by petition 3 years after it ended.',
  'petition-general-waiver-now':
    'You can file sooner if you also sign a General Waiver and Release. It gives up any claim against the police or others over the arrest. If you want to keep that right, wait until 3 years have passed instead. If every charge in the case was dropped, the case may then clear on its own.',
  'petition-civil-citation-like-criminal':
    'Maryland law lets a person charged with a civil offense, like a cannabis citation, ask for expungement after the same outcomes as a criminal charge.',
  'petition-stet-after-3-years': 'A stet can be expunged by petition 3 years after the case was put on the stet docket.',
  'petition-nolle-prosequi-treatment':
    'If the charge was dropped on the condition that you get drug or alcohol treatment, it can still be expunged by petition, but other rules may apply to it. Ask free legal help.',
  'petition-possession-after-sentence':
    'A conviction for cannabis possession can be expunged by petition once the whole sentence, including probation and parole, is finished. There is no extra wait.',
  'petition-intent-to-distribute-3-years-after-sentence':
    'A conviction for possession with intent to distribute cannabis can be expunged by petition 3 years after the whole sentence is finished. If there was only a fine, the 3 years count from the day the case ended, or from the day the fine was paid if that was later.',
  'petition-10-110-objection':
    "This kind of petition can be opposed. The State's Attorney, and since 2025 a victim, may object. Then a judge decides whether clearing the record is fair.",
  'petition-paraphernalia-no-longer-a-crime':
    'Maryland law lets a person ask to expunge a conviction when the act is no longer a crime. Cannabis paraphernalia stopped being a crime in 2016, when it became a civil offense, like a ticket. How long you must wait under this rule is not confirmed.',
  'petition-paraphernalia-wait-unsettled':
    'A paraphernalia conviction is also on the list of convictions that can be expunged after a wait. Since October 2023, most of them wait 5 years after the sentence. Ask free legal help which rule to use, so the petition is not turned down as too early.',
  'petition-10-110-later-conviction-warning':
    'Under the list of convictions that can be expunged after a wait, a later conviction can hold this petition back until the later one could be expunged too. Tell free legal help about any later conviction.',
  'petition-paid-citation-unsettled':
    'Maryland law says a paid cannabis citation is "not a criminal conviction for any purpose." Whether it can be expunged is not settled. Ask free legal help.',
  'petition-distribution-unsettled':
    'Whether a conviction for selling, giving out, making or growing cannabis can be expunged, and after how long, is not confirmed. The list we read names possession with intent to distribute, not these charges. Other sources give waits of 3, 5 or 7 years after the sentence. Ask free legal help before you file.',
  'petition-distribution-no-longer-a-crime':
    'Some of these acts are no longer crimes. For example, since July 2023 adults may share a small amount without being paid. If that is what you were convicted of, you may ask to expunge it because the act is no longer a crime. We could not confirm whether a small home grow counts.',
  'petition-possession-pbj-after-probation-and-3-years':
    'A probation before judgment (PBJ) for cannabis possession, or for a cannabis citation, can be expunged once probation is over and 3 years have passed since the PBJ.',
  'petition-possession-pbj-under-3-years-unsettled':
    'If the PBJ is less than 3 years old: a 2022 court case let a possession PBJ use the rule for possession convictions, which since July 2023 has no wait after the sentence. Whether courts will do the same for a newer PBJ is not settled. If a court says no, you can file again 3 years after the PBJ.',
  'petition-pbj-later-of-probation-or-3-years':
    'A PBJ for a charge other than possession can be expunged once probation is over and 3 years have passed since the PBJ, whichever comes later.',

  // Dropped charges (§10-105.1)
  'dropped-every-charge-dropped-3-years':
    'Since October 2021, Maryland law says a case in which every charge ended in not guilty, dismissal or nolle prosequi is to be expunged 3 years after it ended, with no petition. It does not cover a nolle prosequi with drug or alcohol treatment. An open case does not stop it.',
  'dropped-other-charges-dropped-too': 'It covers a case only if every charge in it ended that way: if the other charges were all dropped too, they do not stop it.',
  'dropped-other-charge-not-dropped': 'It covers a case only if every charge in it was dropped. Another charge in this case ended another way.',
  'dropped-treatment-not-covered':
    'It does not cover a charge dropped on the condition that you get drug or alcohol treatment. If that is your case, ask free legal help.',
  'dropped-ended-before-2023-cutoff-unsettled':
    'The law we could read sets no limit on when the case ended, but an official summary says it covers cases that ended on or after October 1, 2021. So an older case may or may not be covered.',
  'dropped-not-yet-3-years': 'If the case ended less than 3 years ago, it should clear on its own once 3 years have passed.',

  // Automatic expungement (§10-112)
  'auto-possession-only-charged-before-july-2023':
    'A 2022 law told the State to expunge, by July 1, 2024, every case from before July 1, 2023 in which cannabis possession was the only charge. We read that date rule in a news report, not in the law’s own text, and we could not confirm that the clearing was finished for every case.',
  'auto-clears-state-record-only':
    "As the law reads, this removes the case from the State's criminal history database, kept by the Department of Public Safety and Correctional Services. Court records and police records may remain. Only a judge's expungement order clears those.",
  'auto-ended-after-june-2023':
    'If the case ended after June 2023: it is not settled whether the date that counts is when you were charged or when the case ended.',
  'auto-civil-citation-unsettled': 'It is not settled whether this reaches a civil citation.',
  'auto-only-possession': 'It covered only cases about cannabis possession, not other cannabis charges.',
  'auto-other-charges-in-case': 'It covered only cases where cannabis possession was the only charge.',
  'auto-charged-after-june-2023': 'It covered only charges from before July 1, 2023.',

  // The 2024 pardon
  'pardon-possession-charged-before-2023':
    "Governor Moore's pardon of June 17, 2024 covers guilty findings and probation before judgment for misdemeanor cannabis possession charged before January 1, 2023. Nobody had to apply. A second order in June 2025 covered people the first one missed: 6,938 people, one news report says, or nearly 7,000, as another puts it. Only cases in the courts' electronic records were included.",
  'pardon-ended-after-june-2023':
    'If the case ended after June 2023: the pardon covered a list of cases the courts made in June 2024, so a case that ended later may not be on it.',
  'pardon-paraphernalia-unsettled':
    'The pardon covers a paraphernalia conviction when the case was tied to misdemeanor cannabis possession and had no other charges. The checker cannot tell if your case fits.',
  'pardon-charged-2023-or-later': 'The pardon covers only charges from before January 1, 2023.',
  'pardon-needs-guilty-or-pbj': 'The pardon covers only guilty findings and probation before judgment.',
  'pardon-citation-not-a-conviction': 'A civil citation is not a conviction, so there is nothing to pardon.',
  'pardon-charge-not-covered': 'The pardon covers cannabis possession and some paraphernalia charges, not other charges.',
  'pardon-does-not-erase': 'A pardon does not remove the record. To remove it, you still need a petition for expungement.',
  'pardon-confirm-with-clerk':
    'Since a 2025 law, Case Search may not show a cannabis possession conviction that the governor pardoned. To confirm a pardon, ask the clerk of the court where the case was, or get your criminal history record from the Department of Public Safety and Correctional Services.',

  // Federal and D.C.
  'federal-pardon-charged-or-convicted':
    'Presidential pardons of October 6, 2022 and December 22, 2023 cover people charged with or convicted of simple possession of marijuana in a federal court or the D.C. Superior Court. The 2023 pardon added attempted possession and use.',
  'federal-pardon-conditions-not-asked':
    'The checker did not ask two things the pardon depends on. First, your status: the pardons cover U.S. citizens and people who were lawfully in the United States at the time of the offense, and the 2022 pardon also asks that you were a citizen or lawful permanent resident (green card holder) on October 6, 2022. Second, which pardon covers you: the first covers offenses on or before October 6, 2022, and the wider one offenses on or before December 22, 2023. A pardon does not erase the record.',
  'federal-pardon-offense-after-2023-12-22': 'The presidential pardons cover only offenses on or before December 22, 2023.',
  'federal-pardon-nothing-to-pardon': 'A charge that ended in not guilty, dismissal or nolle prosequi has nothing to pardon.',
  'federal-pardon-simple-possession-only':
    'The presidential pardons cover only simple possession of marijuana (and, since December 2023, attempted possession and use).',
  'other-state-not-covered': "This checker covers Maryland cases. A case from another state follows that state's laws.",

  // Notes about the whole result
  'court-unknown': 'These rules cover Maryland state cases only. First find out which court had your case.',
  'case-search-may-hide':
    "Not finding a case on Case Search does not prove it was cleared. By law, Case Search may not show dropped charges, old possession-only District Court cases (from before October 1, 2014), pardoned possession convictions or shielded cases. Only a judge's order clears all the records.",
  'only-cannabis-charge-cleared':
    'If there were other charges in the case, only the cannabis charge can be cleared this way. The other charges stay on your record unless they qualify on their own. A free clinic can check them.',
  'paraphernalia-in-same-case':
    'If the other cannabis charge was paraphernalia, it needs its own route. The pardon may cover it. A petition may use the rule for acts that are no longer a crime, or wait 5 years after the sentence. Or it may be shielded (hidden from the public) 3 years after the sentence. Ask free legal help.',
  'civil-citation-not-a-conviction': 'A civil citation is not a criminal conviction, so pardons and resentencing do not apply to it.',
  'distribution-mandatory-minimum':
    'If you are serving a mandatory minimum sentence for a large cannabis dealing offense, a 2025 law let you ask for a shorter sentence until September 30, 2026. That date has passed, so a late request needs a good reason ("good cause"). Talk to a lawyer now.',
  'dc-automatic-expungement':
    "D.C. has its own law: the D.C. Superior Court is to expunge, by October 1, 2027, records that relate only to simple possession of marijuana from before February 15, 2015, without a request. Ask the court or a D.C. legal aid office whether yours has been done.",
  'no-cannabis-specific-relief':
    'None of the cannabis-specific ways to clear a record fits your answers. The general expungement rules may still help, so ask a lawyer.',
  'non-citizen-caution':
    'If you are not a U.S. citizen: a state expungement may not remove the immigration effects of a conviction, and we could not confirm how a pardon affects them. Talk to an immigration lawyer before you file anything.',
};

/** Notes shown as a highlighted box rather than in the list. */
export const calloutNotes: readonly NoteId[] = ['non-citizen-caution'];

export const lookupWords: Record<LookupId, string> = {
  'lookup-court':
    'Find out which court had the case. Maryland cases are on Case Search, but some are hidden by law (see below). The clerk of the court, or your criminal history record, can tell you.',
  'lookup-charge': 'Find the cannabis charge: on Case Search if the case shows there, or ask the clerk of the court.',
  'lookup-other-charges': 'Count the charges in the case, and note any that are not about cannabis. The court file lists them all.',
  'lookup-disposition':
    'Find how the cannabis charge ended (the "disposition"). Case Search does not show charges that ended in not guilty, dismissal or nolle prosequi, so if you cannot find it there, ask the clerk of the court.',
  'lookup-disposition-date':
    'Find the day the case ended (the disposition date): on Case Search if the case shows there, or ask the clerk of the court or check your criminal history record.',
  'lookup-charge-date':
    'Find when you were charged: the filing date or offense date on Case Search if the case shows there, or ask the clerk of the court or check your criminal history record.',
  'lookup-sentence': 'Find your sentence, including any probation. The court file has it; your probation agent can tell you when probation ends.',
  'lookup-time-since-disposition': 'Count the years since the case ended (the disposition date).',
  'lookup-open-cases':
    'Check whether you have an open criminal case in any court: waiting for a trial, a plea or a sentence, a warrant, or an appeal. Probation for a finished case does not count. Maryland cases are on Case Search; a case in another state or a federal court is not. If another case is on hold (stet) or you have a probation-violation warrant, ask free legal help.',
  'lookup-other-outcomes':
    'Find how each of the other charges in the case ended. Case Search does not show charges that ended in not guilty, dismissal or nolle prosequi, so ask the clerk of the court.',
  'lookup-later-convictions':
    'Check whether you were convicted of a crime after this case (after a PBJ, in the 3 years after it). A minor traffic offense does not count, and neither does a conviction for something that is no longer a crime. Your criminal history record from the Department of Public Safety and Correctional Services lists your convictions.',
  'lookup-offense-date': 'Find the date of the offense: it is on the charging papers. Your defense lawyer or the court clerk can tell you.',
};

export const waitWords: Record<WaitId, string> = {
  'current-case-ends': 'If this case is still open, it has to end first.',
  'other-open-case-ends': 'Any other open criminal case against you has to end.',
  'sentence-complete': 'Your sentence, including any probation or parole, has to be finished.',
  'three-years-after-sentence': '3 years have to pass after the sentence is finished.',
  'three-years-after-pbj': 'Probation has to be over, and 3 years have to pass since the PBJ.',
  'three-years-after-stet': '3 years have to pass since the stet.',
  'three-years-after-case-ended': '3 years have to pass since the case ended.',
};

export interface VerdictWords {
  /** The verdict's name, in lower case, where it is counted or listed ("515 not yet"). */
  name: string;
  /** One sentence: the top of the result (see `headlines` for the cases that need other words). */
  headline: string;
  /** What could change this result. */
  whatCouldChange: readonly string[];
}

export const verdictWords: Record<Verdict, VerdictWords> = {
  likely: {
    name: 'likely',
    headline: 'Relief likely applies to this case.',
    whatCouldChange: [
      'The court file shows other charges or dates than your answers.',
      'A new criminal case: you cannot file a petition while it is open.',
      "An objection by the State's Attorney: then a judge decides.",
    ],
  },
  'not-yet': {
    name: 'not yet',
    headline: 'You likely cannot clear this case yet, but you may be able to later.',
    whatCouldChange: [
      'Once the things listed under "What must happen first" have happened.',
      'The court file shows something different from your answers.',
    ],
  },
  possibly: {
    name: 'possibly',
    headline: 'You may be able to clear this case, but it is not certain yet.',
    whatCouldChange: [
      'Your answers to the questions you were not sure of.',
      'How a court reads a rule that is not settled yet.',
      'Another open criminal case.',
    ],
  },
  unlikely: {
    name: 'unlikely',
    headline: 'None of the cannabis-specific ways to clear a record fits your answers.',
    whatCouldChange: [
      'The court file shows something different from your answers.',
      'The general expungement rules, which depend on your whole record.',
      'New laws: Maryland has changed these rules often.',
    ],
  },
  'outside-maryland': {
    name: 'outside Maryland',
    headline: 'This is not a Maryland case, so Maryland’s rules do not apply to it.',
    whatCouldChange: [
      'If the case was really in a Maryland court, start the checker again.',
      'For a federal or D.C. case: what the charge was and how it ended.',
    ],
  },
};

/**
 * Headlines that never promise more than the paths that apply (contract v3,
 * change 6): when only the State's database clearing, a pardon or
 * resentencing applies (or may), the headline names them and says the court
 * record stays; a federal or D.C. pardon says a pardon does not clear it.
 */
export const headlines = {
  petitionNow: 'You can likely ask a court to clear this case now.',
  clearedOnItsOwn: 'By law this case was to be cleared on its own; ask the clerk to confirm it was.',
  /** With other charges in the case, only the cannabis charge is cleared this way. */
  petitionNowCharge: 'You can likely ask a court to clear the cannabis charge in this case now.',
  recordStays: (verdict: 'likely' | 'possibly', paths: readonly PathId[]) =>
    `${verdict === 'likely' ? 'Likely applies' : 'May apply'}: ${joinAnd(paths.map((p) => pathWords[p].shortName))}, but the court record stays until a judge orders it expunged.`,
  federalPardon: (status: 'applies' | 'maybe') =>
    `A presidential pardon ${status === 'applies' ? 'likely covers' : 'may cover'} this case if its conditions fit, but a pardon does not clear the record.`,
} as const;

/** "a", "a and b", "a, b and c". */
function joinAnd(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A card summary for one case the contract names: an old paraphernalia conviction (its act is no longer a crime). */
export const paraphernaliaOldSummary =
  'If your sentence ended 3 or more years ago, you can very likely file a petition now: the act is no longer a crime. Which rule and wait to use is not confirmed, so ask free legal help first.';

/** A path's card: its title, its name in a headline and, for each status it can have, one or two sentences that speak to that status. */
export interface PathWords {
  title: string;
  shortName: string;
  summary: { [S in Exclude<RuleStatus, 'no'>]?: string };
  /** For a 'maybe' that turns only on the person's own unsure answers: "if …, you can … now; check … first". */
  ifYourAnswers?: string;
}

export const pathWords: Record<PathId, PathWords> = {
  resentencing: {
    title: 'Ask for a new sentence (resentencing)',
    shortName: 'a new sentence (resentencing)',
    ifYourAnswers: 'If the answers you were not sure of turn out the right way, you can likely ask for a new sentence now. Check them first (see "What to look up").',
    summary: {
      applies: 'If you are in jail or prison for cannabis possession, you can likely ask the court for a new sentence now.',
      maybe: 'You may be able to ask the court for a new sentence. Whether the rule reaches your charge is not settled.',
    },
  },
  'petition-expungement': {
    title: 'Ask a court to expunge the case (petition)',
    shortName: 'a petition to clear the case',
    ifYourAnswers:
      'If the answers you were not sure of turn out the right way, you can likely file a petition now. Check them first (see "What to look up").',
    summary: {
      applies: 'You can likely file a petition now. A judge’s order clears the court, police and State records.',
      maybe: 'You may be able to file a petition. Part of the rule is not settled for your case, so ask free legal help first.',
      later: 'You likely cannot file a petition yet. See what must happen first.',
    },
  },
  'dropped-charges-expungement': {
    title: 'Dropped charges clear on their own after 3 years',
    shortName: 'the clearing of dropped charges',
    ifYourAnswers:
      'If the answers you were not sure of turn out the right way, the case should already have cleared on its own. Check them first (see "What to look up").',
    summary: {
      applies: 'The law says the case was to be expunged on its own, with no petition, but we could not confirm this is being done. Ask the clerk of the court.',
      maybe: 'The case may clear on its own, but that depends on something the checker cannot settle.',
      later: 'If every charge in the case was dropped, it should clear on its own, with no petition, once 3 years have passed since it ended.',
    },
  },
  'automatic-expungement': {
    title: 'The State’s automatic clearing of possession-only cases',
    shortName: 'the State’s clearing of its criminal history database',
    ifYourAnswers:
      'If the answers you were not sure of turn out the right way, the State was to remove this case from its criminal history database. Check them first (see "What to look up").',
    summary: {
      applies: 'The State was to remove this case from your state criminal record by July 1, 2024. Court and police records may remain.',
      maybe: 'The State may have removed this case from your state criminal history record, but the rule is not settled for your case.',
    },
  },
  'governor-pardon-2024': {
    title: 'Governor Moore’s cannabis pardon',
    shortName: 'Governor Moore’s 2024 pardon',
    ifYourAnswers: 'If the answers you were not sure of turn out the right way, the June 2024 pardon likely covers this case. Check them first (see "What to look up").',
    summary: {
      applies: 'The June 2024 pardon likely covers this case; nobody had to apply. A pardon does not remove the record.',
      maybe: 'The June 2024 pardon may cover this case, but the checker cannot tell for sure.',
    },
  },
  'federal-pardon': {
    title: 'Presidential pardon for simple possession of marijuana',
    shortName: 'a presidential pardon',
    ifYourAnswers:
      'If the answers you were not sure of turn out the right way, the presidential pardons likely cover this case. Check them first (see "What to look up").',
    summary: {
      applies: 'The 2022 and 2023 presidential pardons likely cover this federal or D.C. case, if the conditions below fit.',
      maybe: 'The presidential pardons may cover this case, depending on what the charge was, how it ended and when the offense happened.',
    },
  },
};

/**
 * The steps a card lists and the actions at the top of a result. Each is a
 * sentence, with at most one official link (by id). The result page picks them
 * (src/lib/screening/pages/result.ts); every link's address is printed on paper.
 */
export interface StepWords {
  text: string;
  link?: OfficialLinkId;
}

export const stepWords = {
  // Actions at the top
  'act-file-petition-guilty': {
    text: 'File a petition for expungement with the clerk of the court where the case ended. Use the petition for guilty findings.',
    link: 'forms',
  },
  'act-file-petition-non-conviction': {
    text: 'File a petition for expungement with the clerk of the court where the case ended. Use the petition for cases that did not end in a guilty finding (not guilty, dismissal, PBJ, nolle prosequi or stet).',
    link: 'forms',
  },
  'act-file-petition-either': {
    text: 'Find out how the case ended, then file a petition for expungement with the clerk of the court where it ended. There is one petition for guilty findings and one for other outcomes.',
    link: 'forms',
  },
  'act-petition-paraphernalia-old': {
    text: 'If your paraphernalia sentence ended 3 or more years ago, you can very likely file a petition now, since the act is no longer a crime. Ask free legal help which rule to use.',
    link: 'freeHelp',
  },
  'act-petition-ask-first': {
    text: 'Before you file a petition, ask free legal help about the part that is not settled for your case (see the cards below).',
    link: 'freeHelp',
  },
  'act-petition-later': { text: 'Once what is listed under "What must happen first" has happened, check again: you may then be able to ask a court to expunge the case.' },
  'act-resentencing': {
    text: 'Tell your defense lawyer, or ask the public defender or a legal aid office, that you want to ask for a new sentence for cannabis possession.',
    link: 'freeHelp',
  },
  'act-confirm-cleared': {
    text: 'Ask the clerk of the court where the case was whether it has been expunged. If not, see the petition card for when you can file.',
  },
  'act-confirm-pardon': {
    text: 'To confirm the pardon, ask the clerk of the court or get your criminal history record. Since a 2025 law, Case Search may not show a pardoned conviction.',
  },
  'act-look-up': { text: 'Look up what you were not sure of (listed under "What to look up"), then run the checker again.', link: 'caseSearch' },
  'act-find-court': { text: 'Find out which court had the case. Maryland cases are on Case Search, but some are hidden by law.', link: 'caseSearch' },
  'act-federal-open-case': { text: 'If the case is still open, tell your defense lawyer about the presidential pardon before anything else.' },
  'act-federal-certificate': {
    text: 'To get proof of a presidential pardon, ask the U.S. Justice Department’s Office of the Pardon Attorney for a certificate. Check whether it still takes applications.',
    link: 'pardonAttorney',
  },
  'act-dc-court': { text: 'Ask the D.C. Superior Court or a D.C. legal aid office whether the record has been expunged under D.C. law.' },
  'act-other-state': { text: 'Ask a legal aid office in the state where the case was. That state’s laws decide what you can do.' },
  'act-free-help': { text: 'Free legal help can check your record with you and help you file.', link: 'freeHelp' },

  // Petition card steps
  'petition-form-guilty': { text: 'Fill in the Petition for Expungement of Records (form CC-DC/CR-72): the version for guilty findings.', link: 'forms' },
  'petition-form-non-conviction': {
    text: 'Fill in the Petition for Expungement of Records (form CC-DC/CR-72): the version for not guilty, dismissal, PBJ, nolle prosequi and stet.',
    link: 'forms',
  },
  'petition-form-either': {
    text: 'Fill in the Petition for Expungement of Records (form CC-DC/CR-72). There is one version for guilty findings and one for other outcomes.',
    link: 'forms',
  },
  'petition-waiver': {
    text: 'To file before 3 years have passed, add the General Waiver and Release (form CC-DC/CR-78). It gives up claims against the police over the arrest; you can wait 3 years instead.',
  },
  'petition-after': {
    text: "The court sends the petition to the State's Attorney, who has 30 days to object. If nobody objects, the court orders the expungement. The State says it should take no more than 90 days unless there is an objection or an appeal.",
  },
  'petition-copies': {
    text: 'Before the record is cleared, keep certified copies of the court papers if you may need to prove the outcome later (for immigration, a licence or a job that asks).',
  },
  'petition-not-asked': {
    text: 'The checker did not ask about fines, court costs and restitution, which may have to be paid first (ask the clerk), or about cases from when you were under 18, which follow other rules. It checks one case: check each of your cases.',
  },
  'petition-good-cause': { text: 'If you have an urgent need, a judge may let you file before the wait ends for good cause.' },

  // Other cards' steps
  'auto-also-petition': { text: 'File a petition too: only a judge’s order clears the court file, Case Search and police records.' },
  'dropped-ask-clerk': { text: 'Case Search hides dropped charges either way, so ask the clerk of the court whether the case was expunged.' },
  'dropped-petition-faster': {
    text: 'You do not have to wait: a petition with a General Waiver and Release is faster, but it gives up any claim against the police over the arrest. If you wait, the case should clear on its own (see the petition card).',
  },
  'pardon-confirm': {
    text: 'Since a 2025 law, Case Search may not show a pardoned conviction. To confirm the pardon, ask the clerk of the court where the case was, or get your criminal history record from the Department of Public Safety and Correctional Services.',
  },
  'pardon-still-petition': { text: 'To remove the record, file a petition for expungement as well.' },
  'pardon-paper-records': {
    text: 'Very old cases that are only on paper were not included; for those, ask free legal help about a regular pardon application.',
  },
  'resentencing-how': { text: 'Ask your lawyer how to make the request to the court. Once you are out, come back to see how to clear the record.' },
  'federal-conditions': {
    text: 'If the case is still open, tell your defense lawyer about the pardon before anything else. Then check the conditions the checker did not ask: your citizenship or immigration status, and which pardon covers the offense date.',
  },
} as const satisfies Record<string, StepWords>;
export type StepId = keyof typeof stepWords;

/** The words of the result page around the cards. */
export const resultWords = {
  /** At the top of a printed result, after the site name. */
  printTitle: (siteName: string) => `${siteName}: checker result`,
  actionsHeading: 'What to do now',
  firstHeading: 'What must happen first',
  cardsHeading: 'Each way to clear it',
  reasonsSummary: 'Why, and the law',
  stepsAndReasonsSummary: 'How to do it, and why',
  lookupsHeading: 'What to look up',
  lookupsIntro: 'Your result depends on something you were not sure of. Here is where to find it.',
  notesHeading: 'Good to know',
  changeHeading: 'What could change this result',
  cannotSeeHeading: 'What the checker cannot see, and what we could not confirm',
  answersHeading: 'Your answers',
  helpHeading: 'Free legal help',
  helpText: 'Free clinics and court help centers in Maryland help people with expungement.',
  reproduce: 'To see this result again, open:',
  printButton: 'Print this result',
  copyButton: 'Copy a link to this result',
  copied: 'Link copied. It holds your answers: share it only with someone you trust.',
  copyFailed: 'Could not copy. Select the address below and copy it.',
  legalInfo: 'This is legal information, not legal advice. It says what likely applies, not what a court will decide.',
  whatThisMeans: 'What this result means',
  sourcesSummary: 'Sources for this result',
  pageSourcesSummary: 'Sources (for every answer to this question)',
  readMore: 'Read more',
  helpLink: 'Find free legal help',
  keepNoJs: 'To keep it, print it or save it as a PDF from your browser’s menu.',
  noDate: 'no date given',
  readCopy: 'Read a copy',
  readOnReprint: 'Read on a reprint; original not seen.',
} as const;

/** The label on each card, by status: "now" only where the relief applies. */
export const statusWords: { [S in Exclude<RuleStatus, 'no'>]: string } = {
  applies: 'Likely applies now',
  maybe: 'May apply: not certain',
  later: 'Not yet: something must happen first',
};
