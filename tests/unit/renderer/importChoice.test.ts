// Issue 13, item 4: the import waits for his names, then hers where the export has her among the
// senders without saying which is hers.
import { describe, expect, it } from 'vitest';
import { whatIsMissing } from '../../../renderer/components/importChoice';
import type { ImportPreview } from '../../../shared/imports';

function preview(senders: Record<string, number>, roles: ImportPreview['roles'] = {}): ImportPreview {
  const counts = Object.values(senders).reduce((a, b) => a + b, 0);
  return {
    format: 'whatsapp', messages: counts, calls: 0, system: 0, first: null, last: null, timesAreUtc: false, zone: 'Europe/Minsk', dateOrder: 'dmy', dateOrderCertain: true,
    senders: Object.entries(senders).map(([name, count]) => ({ name, count })), needsChatChoice: false, warnings: [],
    roles: Object.fromEntries(Object.keys(senders).map((name) => [name, roles[name] ?? 'other'])),
    countsByRole: { abuser: 0, me: 0, other: counts }, kinds: { text: counts, media: 0, location: 0, contactCard: 0, deleted: 0, calls: 0 }, skipped: [], unlikelyDates: 0,
  needsAbuserChoice: true, samples: [],
  };
}

describe('what the import still needs from her', () => {
  it('his names first', () => {
    expect(whatIsMissing(preview({ Oleg: 3, Anna: 1 }), [], [], false)).toBe('abuser');
    expect(whatIsMissing(preview({ Oleg: 3, Anna: 1 }), [], ['Anna'], true)).toBe('abuser');
  });

  it('then hers, when someone else wrote in the chat', () => {
    expect(whatIsMissing(preview({ Oleg: 3, Anna: 1 }), ['Oleg'], [], false)).toBe('me');
    expect(whatIsMissing(preview({ Oleg: 3, Anna: 1 }), ['Oleg'], ['Anna'], false)).toBeNull();
    // A name ticked as hers and then as his does not count as hers.
    expect(whatIsMissing(preview({ Oleg: 3, Anna: 1 }), ['Oleg', 'Anna'], ['Anna'], false)).toBeNull();
    expect(whatIsMissing(preview({ Oleg: 3, Anna: 1, John: 2 }), ['Oleg'], ['Oleg'], false)).toBe('me');
  });

  it('not when she says none of the names is hers, he is the only sender, or the export says which is hers', () => {
    expect(whatIsMissing(preview({ Oleg: 3, John: 2 }), ['Oleg'], [], true)).toBeNull();
    expect(whatIsMissing(preview({ Oleg: 3 }), ['Oleg'], [], false)).toBeNull();
    expect(whatIsMissing(preview({ 'Contact A': 3, '': 4, 'Contact B': 5 }, { '': 'me' }), ['Contact A'], [], false)).toBeNull();
  });

  it('an empty export has nothing to mark', () => {
    expect(whatIsMissing(preview({}), [], [], false)).toBeNull();
  });
});
