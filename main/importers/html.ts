// Reading exported HTML pages (Telegram Desktop, the VK archive) with a real HTML parser
// (htmlparser2), never regular expressions over markup: exports nest divs, escape entities and
// break lines inside tags, and a page is evidence, so it is read the way a browser would.
import type { ChildNode, Document, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

export type { Element };

export function parseHtml(text: string): Document {
  return parseDocument(text, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
}

export function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function hasClass(node: Element, name: string): boolean {
  const value = node.attribs.class;
  return value !== undefined && value.split(/\s+/).includes(name);
}

export function childElements(node: Element | Document): Element[] {
  return node.children.filter(isElement);
}

/** The first element under `root` (depth first, `root` excluded) for which `test` holds, not
 *  descending into elements for which `skip` holds. */
export function findFirst(root: Element | Document, test: (e: Element) => boolean, skip: (e: Element) => boolean = () => false): Element | null {
  const stack = [...childElements(root)].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (test(node)) return node;
    if (!skip(node)) stack.push(...childElements(node).reverse());
  }
  return null;
}

/** Every element under `root` for which `test` holds, in document order, not looking inside a match. */
export function findAll(root: Element | Document, test: (e: Element) => boolean): Element[] {
  const found: Element[] = [];
  const stack = [...childElements(root)].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (test(node)) found.push(node);
    else stack.push(...childElements(node).reverse());
  }
  return found;
}

/**
 * The text a reader sees: `<br>` is a line break, the line breaks and indentation of the markup
 * itself are not (exports put every tag on its own line), and elements for which `skip` holds
 * (a nested attachment block, a forwarded header) are left out.
 */
export function visibleText(node: Element, skip: (e: Element) => boolean = () => false): string {
  const parts: string[] = [];
  const walk = (n: ChildNode): void => {
    if (n.type === 'text') parts.push(n.data.replace(/[ \t]*[\r\n]+[ \t]*/g, ' '));
    else if (isElement(n)) {
      if (n.name === 'br') parts.push('\n');
      else if (n.name === 'script' || n.name === 'style' || skip(n)) return;
      else n.children.forEach(walk);
    }
  };
  node.children.forEach(walk);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
}
