/** How a speaker is named to the reader. */
import type { Speaker } from '../article/schema';

/** The speaker's name in `locale` where the article gives one ("Moskau" / "Moscow"), else the display name. */
export function speakerName(speaker: Pick<Speaker, 'name' | 'localizedName'>, locale: string): string {
  return speaker.localizedName?.[locale] ?? speaker.name;
}
