package vn.motcua.browser;

import java.util.List;

import com.microsoft.playwright.Page;

/** Checks of how a page is laid out in the browser. */
public final class Layout {

	private Layout() {
	}

	/**
	 * The elements that stick out to the right of the viewport, i.e. that make the page
	 * scroll horizontally; empty when the page fits its width.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> overflowingElements(Page page) {
		return (List<String>) page.evaluate(
				"""
						() => {
							const width = document.documentElement.clientWidth;
							if (document.documentElement.scrollWidth <= width) {
								return [];
							}
							const describe = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
								+ (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
							const clipped = (e) => { const p = getComputedStyle(e).position;
								if (p === 'absolute' || p === 'fixed') { return false; }
								for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
									if (getComputedStyle(a).overflowX !== 'visible') { return true; } }
								return false; };
							const wide = [...document.body.querySelectorAll('*')]
								.filter(e => e.getBoundingClientRect().right > width + 0.5)
								.filter(e => !clipped(e));
							const outermost = wide.filter(e => !wide.includes(e.parentElement));
							const found = outermost.slice(0, 10).map(e => describe(e) + ' right=' + Math.round(e.getBoundingClientRect().right));
							return found.length ? found : ['document scrollWidth ' + document.documentElement.scrollWidth + ' > ' + width];
						}
						""");
	}

	/**
	 * Controls smaller than 24 by 24 CSS pixels with another control closer than 24 px
	 * (centre to centre): WCAG 2.2 success criterion 2.5.8 (target size, minimum), which
	 * the bundled axe-core does not know yet. Links inside running text are exempt, as in
	 * the criterion.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> crampedTargets(Page page) {
		return (List<String>) page.evaluate(
				"""
						() => {
							const visible = (e) => { const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
								return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
							const inText = (e) => getComputedStyle(e).display === 'inline' && e.parentElement
								&& [...e.parentElement.childNodes].some(n => n !== e && n.nodeType === 3 && n.textContent.trim());
							const targets = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, [role=button], [tabindex]:not([tabindex="-1"])')]
								.filter(visible).filter(e => !e.closest('.visually-hidden, .skip-link'));
							const centre = (e) => { const r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; };
							const small = targets.filter(e => { const r = e.getBoundingClientRect(); return (r.width < 24 || r.height < 24) && !inText(e); });
							return small.filter(e => { const [x, y] = centre(e);
									return targets.some(o => o !== e && !o.contains(e) && !e.contains(o)
										&& Math.hypot(centre(o)[0] - x, centre(o)[1] - y) < 24); })
								.map(e => e.outerHTML.slice(0, 120));
						}
						""");
	}

	/**
	 * Tabs through the first controls of the page and returns those that show no focus
	 * indicator (neither an outline nor a box shadow): WCAG 2.4.7, focus visible.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> focusWithoutIndicator(Page page, int tabs) {
		page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }");
		List<String> unmarked = new java.util.ArrayList<>();
		for (int i = 0; i < tabs; i++) {
			page.keyboard().press("Tab");
			String problem = (String) page.evaluate("""
					() => {
						const e = document.activeElement;
						if (!e || e === document.body) { return 'END'; }
						// focus inside the browser's own controls (the date picker button of a date field)
						if (!e.matches(':focus')) { return ''; }
						const s = getComputedStyle(e);
						const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
						const shadow = s.boxShadow && s.boxShadow !== 'none';
						return (outline || shadow) ? '' : e.outerHTML.slice(0, 120);
					}
					""");
			if ("END".equals(problem)) {
				break;
			}
			if (!problem.isEmpty()) {
				unmarked.add(problem);
			}
		}
		return unmarked;
	}

}
