/**
 * The query key under which a speaker's prerendered page embeds their first screen (`speakerFirstScreen`), apart
 * from the archive's data code so that the server entry and the page share it without loading that code.
 */
export const speakerFirstScreenKey = (key: string) => ['archive', 'speaker-first-screen', key] as const;
