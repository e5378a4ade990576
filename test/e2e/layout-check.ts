// Layout checks from bounding boxes, for any spec: which controls overlap one another, whether a
// control is fully on screen, and whether every control can be scrolled to and hit. A control is
// a button, link, form field or <summary>; what is shown of it is its box clipped by the viewport
// and by every scrolling or clipping ancestor (so content scrolled out of its region does not
// count as lying under a bar outside that region).
import type { Page } from '@playwright/test';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ShownControl {
  /** Role-like name for messages: `button "Pause"`, `link "History"`, `radio "3"`. */
  readonly name: string;
  /** The part of the control on screen (clipped); null when none of it is. */
  readonly shown: Box | null;
  /** The control's whole box. */
  readonly box: Box;
  readonly testId: string | null;
}

export interface Overlap {
  readonly a: string;
  readonly b: string;
  /** The shared area in px². */
  readonly area: number;
}

/**
 * Every rendered control of the page, with its shown (clipped) box. Controls that take no space
 * (display: none, `hidden`, visually hidden 1 px text, `visibility: hidden`) are left out.
 */
export const shownControls = (page: Page): Promise<ShownControl[]> =>
  page.evaluate(() => {
    const SELECTOR = 'button, a[href], input, select, textarea, summary';
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    type B = { x: number; y: number; width: number; height: number };
    const clip = (a: B, b: B): B | null => {
      const x = Math.max(a.x, b.x);
      const y = Math.max(a.y, b.y);
      const right = Math.min(a.x + a.width, b.x + b.width);
      const bottom = Math.min(a.y + a.height, b.y + b.height);
      return right - x > 0.5 && bottom - y > 0.5
        ? { x, y, width: right - x, height: bottom - y }
        : null;
    };
    const boxOf = (el: Element): B => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const nameOf = (el: Element): string => {
      const tag = el.tagName.toLowerCase();
      const kind =
        tag === 'a' ? 'link' : tag === 'input' ? ((el as HTMLInputElement).type ?? 'input') : tag;
      const label =
        el.getAttribute('aria-label') ??
        (el as HTMLElement).innerText?.trim().replace(/\s+/g, ' ') ??
        '';
      return `${kind} "${label.slice(0, 40)}"`;
    };
    const out: {
      name: string;
      shown: B | null;
      box: B;
      testId: string | null;
    }[] = [];
    for (const el of document.querySelectorAll(SELECTOR)) {
      const style = getComputedStyle(el);
      const box = boxOf(el);
      if (style.visibility === 'hidden' || box.width <= 2 || box.height <= 2) continue;
      // Clipped by the viewport and by each clipping ancestor up to the first fixed one (a fixed
      // box escapes its ancestors' scrolling; nothing here is inside a transformed ancestor).
      let shown: B | null = clip(box, { x: 0, y: 0, width: vw, height: vh });
      let node: Element | null = el;
      while (shown !== null && node !== null && node !== document.documentElement) {
        const nodeStyle = getComputedStyle(node);
        if (nodeStyle.position === 'fixed') break;
        const parent: Element | null = node.parentElement;
        if (parent === null || parent === document.documentElement) break;
        const ps = getComputedStyle(parent);
        if (ps.overflowX !== 'visible' || ps.overflowY !== 'visible') {
          const pb = boxOf(parent);
          // The parent's padding box (its borders do not show its content).
          const inner = {
            x: pb.x + parent.clientLeft,
            y: pb.y + parent.clientTop,
            width: parent.clientWidth,
            height: parent.clientHeight,
          };
          shown = clip(shown, inner);
        }
        node = parent;
      }
      out.push({
        name: nameOf(el),
        shown,
        box,
        testId: el.getAttribute('data-testid'),
      });
    }
    return out;
  });

const area = (a: Box, b: Box): number => {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0.5 && h > 0.5 ? Math.round(w * h) : 0;
};

/**
 * Pairs of controls whose shown parts overlap (more than half a pixel each way). A control nested
 * in another (a radio inside its label's box is not: labels are not controls here) is not a pair.
 */
export function overlapsAmong(controls: readonly ShownControl[]): Overlap[] {
  const shown = controls.filter((c) => c.shown !== null);
  const out: Overlap[] = [];
  for (let i = 0; i < shown.length; i += 1) {
    for (let j = i + 1; j < shown.length; j += 1) {
      const a = shown[i]?.shown;
      const b = shown[j]?.shown;
      if (a === undefined || a === null || b === undefined || b === null) continue;
      const shared = area(a, b);
      if (shared > 0) out.push({ a: shown[i]?.name ?? '', b: shown[j]?.name ?? '', area: shared });
    }
  }
  return out;
}

/** The control with `testId` against every other shown control. */
export function overlapsWith(controls: readonly ShownControl[], testId: string): Overlap[] {
  const target = controls.find((c) => c.testId === testId);
  if (target === undefined || target.shown === null) return [];
  return overlapsAmong(controls).filter((o) => o.a === target.name || o.b === target.name);
}

/** Whether the whole box lies inside the viewport and is shown unclipped. */
export const isFullyShown = (c: ShownControl): boolean =>
  c.shown !== null &&
  Math.abs(c.shown.width - c.box.width) < 1 &&
  Math.abs(c.shown.height - c.box.height) < 1;

/**
 * Controls that cannot be reached: the page must not be wider than the viewport; each control is scrolled into view (as a tap or Tab would
 * bring it), then it must be fully shown and be what the page hits at its centre (not covered by
 * another element). Scroll positions are put back afterwards. Returns one message per failure.
 */
export const unreachableControls = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const SELECTOR = 'button, a[href], input, select, textarea, summary';
    const scrollers = [document.scrollingElement, ...document.querySelectorAll('*')].filter(
      (el): el is Element =>
        el !== null && (el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth),
    );
    const saved = scrollers.map((el) => [el, el.scrollLeft, el.scrollTop] as const);
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const problems: string[] = [];
    // Nothing may need a sideways scroll of the page to be seen.
    for (const el of [document.documentElement, document.body]) {
      if (el.scrollWidth > el.clientWidth + 1) {
        // Name the innermost elements reaching past the right edge, so a failure says what to fix.
        const over = [...document.body.querySelectorAll('*')].filter(
          (each) => each.getBoundingClientRect().right > vw + 1,
        );
        const innermost = over.filter((each) => !over.some((o) => o !== each && each.contains(o)));
        const name =
          innermost.length === 0
            ? 'none found'
            : innermost
                .slice(0, 3)
                .map(
                  (each) =>
                    `${each.tagName.toLowerCase()}${each.className === '' ? '' : `.${String(each.className).split(' ').join('.')}`} “${(each.textContent ?? '').trim().slice(0, 30)}”`,
                )
                .join(', ');
        problems.push(
          `the page is ${el.scrollWidth - el.clientWidth} px wider than ${vw} px (past the edge: ${name})`,
        );
      }
    }
    for (const el of document.querySelectorAll<HTMLElement>(SELECTOR)) {
      const first = el.getBoundingClientRect();
      if (getComputedStyle(el).visibility === 'hidden' || first.width <= 2 || first.height <= 2)
        continue;
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      const label = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.innerText ?? '').trim().slice(0, 40)}"`;
      if (r.left < -0.5 || r.top < -0.5 || r.right > vw + 0.5 || r.bottom > vh + 0.5) {
        problems.push(
          `${label} cannot be scrolled fully into view (${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)} in ${vw}×${vh})`,
        );
        continue;
      }
      // Its centre and four inset corners must hit the control itself (or what it contains).
      const inset = Math.min(4, r.width / 4, r.height / 4);
      const points: [number, number][] = [
        [r.left + r.width / 2, r.top + r.height / 2],
        [r.left + inset, r.top + inset],
        [r.right - inset, r.top + inset],
        [r.left + inset, r.bottom - inset],
        [r.right - inset, r.bottom - inset],
      ];
      for (const [x, y] of points) {
        const hit = document.elementFromPoint(x, y);
        // A label's own text belongs to its input (a tap there checks it).
        const owner = hit?.closest('label')?.control ?? null;
        if (hit === null || (!el.contains(hit) && owner !== el)) {
          const by =
            hit === null
              ? 'nothing'
              : `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}`;
          problems.push(`${label} is covered at (${Math.round(x)},${Math.round(y)}) by ${by}`);
          break;
        }
      }
    }
    for (const [el, left, top] of saved) el.scrollTo(left, top);
    return problems;
  });

/**
 * The rows the main nav's links stand in (links whose tops are within 2 px share a row), each
 * link's label and whether all of it is on screen. One row is what the nav is laid out for.
 */
export const navRows = (page: Page): Promise<{ rows: string[][]; cutOff: string[] }> =>
  page.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('.main-nav a')];
    const vw = document.documentElement.clientWidth;
    const rows: { top: number; labels: string[] }[] = [];
    const cutOff: string[] = [];
    for (const link of links) {
      const r = link.getBoundingClientRect();
      const label = (link.textContent ?? '').trim();
      if (r.left < -0.5 || r.right > vw + 0.5) cutOff.push(label);
      const row = rows.find((candidate) => Math.abs(candidate.top - r.top) <= 2);
      if (row === undefined) rows.push({ top: r.top, labels: [label] });
      else row.labels.push(label);
    }
    return { rows: rows.map((row) => row.labels), cutOff };
  });
