/** A style rule that applies to an element, with the media condition around it (if any). */
export interface AppliedRule {
  selector: string;
  media: string | undefined;
  declarations: string;
}

/**
 * The style rules of the document (styled-components' included) whose selector matches
 * `element`, optionally once `pseudo` (e.g. `:focus-visible`) is taken out of the selector: jsdom
 * computes no layout, but it can say which declarations a state of an element would get.
 */
export function styleRulesFor(element: Element, pseudo?: string): AppliedRule[] {
  const found: AppliedRule[] = [];
  const visit = (rules: CSSRuleList, media: string | undefined) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSMediaRule)
        visit(rule.cssRules, rule.conditionText ?? rule.media.mediaText);
      else if (rule instanceof CSSStyleRule) {
        for (const selector of rule.selectorText.split(',').map((part) => part.trim())) {
          if (pseudo && !selector.includes(pseudo)) continue;
          const plain = pseudo ? selector.split(pseudo).join('') : selector;
          if (safeMatches(element, plain)) {
            found.push({ selector, media, declarations: rule.style.cssText });
          }
        }
      }
    }
  };
  for (const sheet of Array.from(document.styleSheets)) visit(sheet.cssRules, undefined);
  return found;
}

function safeMatches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}
