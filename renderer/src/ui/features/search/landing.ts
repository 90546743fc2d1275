// Where a search result leads: the issue, the text to mark and the block it is in, carried in
// the issue's URL (#/issue/<id>?find=…&block=…) so the place survives a reload.
import { hrefFor } from '../../app/route';

export interface Landing {
  find: string;
  /** The block to land on; -1 for the title; null for the first match. */
  block: number | null;
}

export function landingHref(issueId: string, landing: Landing): string {
  const parameters = new URLSearchParams({ find: landing.find });
  if (landing.block !== null) parameters.set('block', String(landing.block));
  return `${hrefFor({ view: 'issue', issueId })}?${parameters}`;
}

export function landingFromHash(hash: string): Landing | null {
  const parameters = new URLSearchParams(hash.split('?')[1] ?? '');
  const find = parameters.get('find');
  if (!find) return null;
  const block = parameters.get('block');
  return { find, block: block === null || !/^-?\d+$/.test(block) ? null : Number(block) };
}
