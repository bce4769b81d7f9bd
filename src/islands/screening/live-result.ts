/**
 * Everything the island needs to show a result in the browser: the rules
 * engine, the words and the cited sources. Loaded on its own, after the
 * first question can be answered, so it never delays the questions.
 */
import sources from 'virtual:screening-sources';
import { assess } from '../../lib/screening/assess';
import type { Route } from '../../lib/screening/route/packed';
import { factsOf, type Answers } from '../../lib/screening/route/questions';
import { resultModel, type ResultModel } from '../../lib/screening/pages/result';
import { answerRows } from '../../lib/screening/pages/views';

export { ResultView } from './ResultView';
export { resultWords } from '../../../content/screening/outcomes';

/** The result of the answers on the route (answers kept for questions the route no longer asks are left out). */
export function liveResult(route: Route, answers: Answers): ResultModel {
  const code = route.encodePath(answers);
  const asked = route.decodePath(code).answers;
  return resultModel(code, assess(factsOf(asked)), answerRows(route, asked), sources);
}
