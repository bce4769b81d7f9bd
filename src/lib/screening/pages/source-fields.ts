/** The fields of a bibliography entry (content/sources/*.yaml) that a checker result shows: one list for the pages and the island's data. */
export const sourceFieldsShown = ['title', 'titleSupplied', 'author', 'publisher', 'published', 'url', 'copyUrl', 'copyNote', 'readOnReprint'] as const;
