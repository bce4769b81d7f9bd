/** The real flow as a Route, for build time (pages, tables), and its packed form for the island. */
import { decodePath, encodePath, nextQuestion } from '../screening/flow';
import { packRoute, type Route } from './route-table';

export const flowRoute: Route = { nextQuestion, encodePath, decodePath };

let packed: string | undefined;
export function packedFlowRoute(): string {
  packed ??= packRoute(flowRoute);
  return packed;
}
