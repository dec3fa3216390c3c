import { ExportPositions, WaitingPosts } from './write-order';

const readAlso = (href: string | null) => ({ pending: 'read-also' as const, kind: 'read-also' as const, href, title: 't', original: [] });
const paragraph = { __component: 'newsroom.paragraph', text: [] };

describe('ExportPositions', () => {
  const positions = new ExportPositions();
  positions.add(1, 10, 'https://www.akhbar.example/2024/07/27/%d9%85%d8%a7%d9%84%d9%8a/');
  positions.add(2, 11, 'https://akhbar.example/2024/07/28/wagner/');
  positions.add(3, 12, 'https://akhbar.example/2024/07/29/later/');
  positions.add(4, null, '');

  it('finds the positions a post links to by permalink, in any of its written forms, and by ?p= id', () => {
    const plan = {
      link: 'https://akhbar.example/2024/07/28/wagner/',
      body: [paragraph, readAlso('http://akhbar.example/2024/07/29/later'), readAlso('/?p=12'), readAlso('https://akhbar.example/?p=10')],
    };
    expect(positions.targets(2, plan as never)).toEqual([3, 1]);
  });

  it('ignores links to itself, to posts not in the export, and lines without a link', () => {
    const plan = { link: '', body: [readAlso('https://akhbar.example/2024/07/27/مالي/'), readAlso('https://akhbar.example/?p=11'), readAlso('https://elsewhere.example/x'), readAlso(null)] };
    expect(positions.targets(2, plan as never)).toEqual([1]);
  });
});

describe('WaitingPosts', () => {
  it('releases a post once every position it waits for is done, in position order', () => {
    const waiting = new WaitingPosts<string>(10);
    expect(waiting.hold(1, [3, 4], 'a')).toEqual([]);
    expect(waiting.hold(2, [3], 'b')).toEqual([]);
    expect(waiting.oldest).toBe(1);
    expect(waiting.done(3)).toEqual([{ position: 2, value: 'b' }]);
    expect(waiting.oldest).toBe(1);
    expect(waiting.done(4)).toEqual([{ position: 1, value: 'a' }]);
    expect(waiting.size).toBe(0);
    expect(waiting.oldest).toBeUndefined();
  });

  it('waits for later posts, and for an earlier one while it is held and does not wait for this one', () => {
    const waiting = new WaitingPosts<string>(10);
    expect(waiting.waitsFor(5, [2, 7])).toEqual([7]);
    waiting.hold(2, [9], 'b');
    expect(waiting.waitsFor(5, [2, 7])).toEqual([2, 7]);
    // 1 links to 5 and 5 back to 1: 5 does not wait for 1 (the two would wait for each other), but 5 is
    // waited for and still waits for 2, which waits for 9 only.
    waiting.hold(1, [5], 'a');
    expect(waiting.waitsFor(5, [1, 2])).toEqual([2]);
  });

  it('never waits in a cycle through other held posts', () => {
    const waiting = new WaitingPosts<string>(10);
    // 1 waits for 3, 3 for 6: 6 linking back to 1 would close 1 → 3 → 6 → 1.
    waiting.hold(1, [3], 'a');
    waiting.hold(3, [6], 'c');
    expect(waiting.waitsFor(6, [1, 3])).toEqual([]);
    // 4 waits for nothing held that reaches 6: 6 may wait for it.
    waiting.hold(4, [8], 'd');
    expect(waiting.waitsFor(6, [1, 4])).toEqual([4]);
    // Written in an order: 8 lets 4 go, then 6 (held on 4) can be written, which lets 3 and then 1 go.
    waiting.hold(6, [4], 'f');
    expect(waiting.done(8)).toEqual([{ position: 4, value: 'd' }]);
    expect(waiting.done(4)).toEqual([{ position: 6, value: 'f' }]);
    expect(waiting.done(6)).toEqual([{ position: 3, value: 'c' }]);
    expect(waiting.done(3)).toEqual([{ position: 1, value: 'a' }]);
  });

  it('lets the oldest go when more than its capacity wait, and forgets what it waited for', () => {
    const waiting = new WaitingPosts<string>(2);
    waiting.hold(1, [9], 'a');
    waiting.hold(2, [9], 'b');
    expect(waiting.hold(3, [9], 'c')).toEqual([{ position: 1, value: 'a' }]);
    expect(waiting.done(9)).toEqual([
      { position: 2, value: 'b' },
      { position: 3, value: 'c' },
    ]);
    expect(waiting.size).toBe(0);
  });

  it('drains what is left at the end of the export, by position', () => {
    const waiting = new WaitingPosts<string>(5);
    waiting.hold(4, [8], 'd');
    waiting.hold(6, [7, 8], 'f');
    expect(waiting.done(7)).toEqual([]);
    expect(waiting.drain().map((h) => h.value)).toEqual(['d', 'f']);
    expect(waiting.done(8)).toEqual([]);
  });
});
