package vn.motcua.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.microsoft.playwright.Page;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Runs axe-core (from its webjar on the test classpath) in a page and reports the
 * violations of the WCAG 2.0, 2.1 and 2.2 level A and AA rules. The script is added as an
 * inline script, so the page's context must bypass the Content Security Policy
 * ({@code setBypassCSP(true)}).
 */
public final class Axe {

	/** The axe-core tags of WCAG 2.0, 2.1 and 2.2, levels A and AA. */
	public static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a",
			"wcag22aa");

	/** Impacts that fail the build. */
	public static final Set<String> BLOCKING = Set.of("serious", "critical");

	private static final String RUN = """
			async (tags) => {
				const results = await axe.run(document, {
					runOnly: { type: 'tag', values: tags },
					resultTypes: ['violations']
				});
				return {
					version: axe.version,
					violations: results.violations.map(v => ({
						id: v.id,
						impact: v.impact || 'unknown',
						help: v.help,
						helpUrl: v.helpUrl,
						nodes: v.nodes.map(n => n.target.join(' ') + '  ' + (n.failureSummary || '').replace(/\\s+/g, ' '))
					}))
				};
			}
			""";

	private static String source;

	private Axe() {
	}

	/** All WCAG A/AA violations on the page as it is now. */
	@SuppressWarnings("unchecked")
	public static List<Violation> check(Page page) {
		page.addScriptTag(new Page.AddScriptTagOptions().setContent(source()));
		Map<String, Object> result = (Map<String, Object>) page.evaluate(RUN, WCAG_A_AA);
		List<Violation> violations = new ArrayList<>();
		for (Object each : (List<Object>) result.get("violations")) {
			Map<String, Object> v = (Map<String, Object>) each;
			violations.add(new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
					(String) v.get("helpUrl"), ((List<Object>) v.get("nodes")).stream().map(String::valueOf).toList()));
		}
		return violations;
	}

	/** The violations of impact serious or critical. */
	public static List<Violation> blocking(List<Violation> violations) {
		return violations.stream().filter(Violation::blocking).toList();
	}

	public static String describe(List<Violation> violations) {
		return violations.stream().map(Violation::describe).collect(Collectors.joining("\n"));
	}

	static synchronized String source() {
		if (source == null) {
			try {
				Resource[] scripts = new PathMatchingResourcePatternResolver()
					.getResources("classpath*:META-INF/resources/webjars/axe-core/*/axe.min.js");
				if (scripts.length == 0) {
					throw new IllegalStateException("axe-core webjar (org.webjars.npm:axe-core) not on the classpath");
				}
				try (InputStream in = scripts[0].getInputStream()) {
					source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException("cannot read axe-core", ex);
			}
		}
		return source;
	}

	/** One rule broken on one page, with the elements that break it. */
	public record Violation(String rule, String impact, String help, String helpUrl, List<String> nodes) {

		public boolean blocking() {
			return BLOCKING.contains(this.impact);
		}

		public String describe() {
			return "  [" + this.impact + "] " + this.rule + ": " + this.help + " (" + this.helpUrl + ")\n      "
					+ String.join("\n      ", this.nodes);
		}

	}

}
