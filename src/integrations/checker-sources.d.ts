declare module 'virtual:checker-sources' {
  import type { SourceData } from '../lib/screening/pages/result';
  const sources: Record<string, SourceData>;
  export default sources;
}
