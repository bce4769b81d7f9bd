declare module 'virtual:screening-sources' {
  import type { SourceData } from '../lib/screening/pages/result';
  const sources: Record<string, SourceData>;
  export default sources;
}
declare module 'virtual:screening-route' {
  /** The packed route (src/lib/screening/route/packed.ts). */
  const packed: string;
  export default packed;
}
declare module 'virtual:screening-question-links' {
  import type { QuestionLookups } from '../lib/screening/pages/views';
  const links: QuestionLookups;
  export default links;
}
