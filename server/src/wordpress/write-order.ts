/**
 * The order an import writes posts in. A post whose read-also links point at posts further down
 * the export (or at a post already waiting) waits, in memory, until those are written, so it is
 * written once, with its links, instead of once without them and again in the final pass. No two
 * posts ever wait for each other (see `waitsFor`); at most `capacity` posts wait (the oldest is let
 * go first, and the final pass adds its links as before), so memory stays bounded whatever the
 * export's size.
 * Pure: no Strapi import.
 */
import type { ArticlePlan } from './map-post';
import { linkKey, linkTarget } from './old-links';

/** Where each item of the export is (its position, counting every item from 1), by post id and by permalink. */
export class ExportPositions {
  private readonly byPostId = new Map<number, number>();
  private readonly byLink = new Map<string, number>();

  /** Record the item at `position` (the first pass over the export). */
  add(position: number, postId: number | null, link: string): void {
    if (postId !== null) this.byPostId.set(postId, position);
    const key = link ? linkKey(link) : null;
    if (key) this.byLink.set(key, position);
  }

  /**
   * Positions of the posts the plan's read-also links point at (not its own), found as the writer
   * finds a target: by `?p=` id, else by permalink, relative to the post's own link.
   */
  targets(position: number, plan: Pick<ArticlePlan, 'body' | 'link'>): number[] {
    const found = new Set<number>();
    const base = plan.link || undefined;
    for (const block of plan.body) {
      if (!('pending' in block) || block.pending !== 'read-also' || !block.href) continue;
      const target = linkTarget(block.href, base);
      const at = !target ? undefined : 'postId' in target ? this.byPostId.get(target.postId) : this.byLink.get(target.linkKey);
      if (at !== undefined && at !== position) found.add(at);
    }
    return [...found];
  }
}

export interface Held<T> {
  position: number;
  value: T;
}

/** Posts held back until the positions they link to are done. */
export class WaitingPosts<T> {
  /** Held posts by their own position (a Map keeps insertion order: positions only grow). */
  private readonly held = new Map<number, { value: T; left: Set<number> }>();
  /** Target position → the held positions waiting for it. */
  private readonly waiters = new Map<number, Set<number>>();

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.held.size;
  }

  /** The lowest position held, if any (everything before it is done). */
  get oldest(): number | undefined {
    return this.held.keys().next().value;
  }

  /**
   * Of the positions the post at `position` links to, those it should wait for: every later one
   * (not yet written), and an earlier one while it is held, unless that one waits, directly or
   * through other held posts, for this one: no cycle ever forms, so every held post is let go
   * once the posts it waits for are written.
   */
  waitsFor(position: number, targets: readonly number[]): number[] {
    return targets.filter((t) => t > position || (this.held.has(t) && !this.reaches(t, position)));
  }

  /** True when the held post at `from` waits for `to`, directly or through held posts (a walk of at most `capacity` posts). */
  private reaches(from: number, to: number): boolean {
    const seen = new Set<number>([from]);
    const stack = [from];
    while (stack.length > 0) {
      for (const next of this.held.get(stack.pop()!)?.left ?? []) {
        if (next === to) return true;
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    return false;
  }

  /**
   * Hold `value` (at `position`) until every one of `targets` is done. Answers what must be
   * written now instead, oldest first: the posts the capacity lets go.
   */
  hold(position: number, targets: readonly number[], value: T): Held<T>[] {
    this.held.set(position, { value, left: new Set(targets) });
    for (const target of targets) {
      const set = this.waiters.get(target) ?? new Set<number>();
      set.add(position);
      this.waiters.set(target, set);
    }
    const out: Held<T>[] = [];
    while (this.held.size > this.capacity) out.push(this.release(this.oldest!));
    return out;
  }

  /** `position` is written (or never will be): the held posts that now wait for nothing, by position. */
  done(position: number): Held<T>[] {
    const waiting = this.waiters.get(position);
    if (!waiting) return [];
    this.waiters.delete(position);
    const ready: number[] = [];
    for (const at of waiting) {
      const entry = this.held.get(at);
      if (!entry) continue;
      entry.left.delete(position);
      if (entry.left.size === 0) ready.push(at);
    }
    return ready.sort((a, b) => a - b).map((at) => this.release(at));
  }

  /** Everything still held, by position (the end of the export). */
  drain(): Held<T>[] {
    return [...this.held.keys()].map((at) => this.release(at));
  }

  private release(position: number): Held<T> {
    const entry = this.held.get(position)!;
    this.held.delete(position);
    for (const target of entry.left) {
      const set = this.waiters.get(target);
      set?.delete(position);
      if (set?.size === 0) this.waiters.delete(target);
    }
    return { position, value: entry.value };
  }
}
