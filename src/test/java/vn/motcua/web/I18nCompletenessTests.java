package vn.motcua.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text of the user interface exists in Vietnamese and in English. Generic over all
 * modules: it reads every {@code i18n/*_vi.properties} bundle with its {@code _en} twin
 * and every template under {@code templates/}, so a module that adds a bundle or a page
 * is checked without touching this test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class I18nCompletenessTests {

	private static final String VI = "_vi.properties";

	private static final String EN = "_en.properties";

	/**
	 * A literal key in a Thymeleaf message expression: {@code #{home.title}} or
	 * {@code #{a.b(${x})}}.
	 */
	private static final Pattern MESSAGE_EXPRESSION = Pattern
		.compile("#\\{\\s*([A-Za-z0-9_][A-Za-z0-9_.\\-]*)\\s*[(}]");

	/** A MessageFormat argument such as {0} or {1,number}. */
	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

	private static final Pattern KEY_LINE = Pattern.compile("^\\s*([^#!\\s][^=:\\s]*)\\s*[=:]");

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	/** Bundle base name (e.g. {@code i18n/organization}) to its two languages. */
	private final Map<String, Map<String, Properties>> bundles = new TreeMap<>();

	@BeforeAll
	void readBundles() throws IOException {
		for (Resource vi : this.resolver.getResources("classpath*:i18n/*" + VI)) {
			String base = "i18n/" + vi.getFilename().substring(0, vi.getFilename().length() - VI.length());
			Map<String, Properties> languages = new LinkedHashMap<>();
			languages.put("vi", load(vi));
			Resource en = this.resolver.getResource("classpath:" + base + EN);
			languages.put("en", en.exists() ? load(en) : null);
			this.bundles.put(base, languages);
		}
		for (Resource en : this.resolver.getResources("classpath*:i18n/*" + EN)) {
			String base = "i18n/" + en.getFilename().substring(0, en.getFilename().length() - EN.length());
			this.bundles.computeIfAbsent(base, (name) -> {
				Map<String, Properties> languages = new LinkedHashMap<>();
				languages.put("vi", null);
				languages.put("en", loadQuietly(en));
				return languages;
			});
		}
	}

	@Test
	void findsTheWebBundles() {
		assertThat(this.bundles).containsKey("i18n/messages");
		assertThat(this.bundles.get("i18n/messages").get("vi")).containsKey("app.name");
	}

	@Test
	void everyBundleExistsInBothLanguages() {
		List<String> missing = new ArrayList<>();
		this.bundles.forEach((base, languages) -> languages.forEach((language, properties) -> {
			if (properties == null) {
				missing.add(base + "_" + language + ".properties");
			}
		}));
		assertThat(missing).as("bundles without their other language").isEmpty();
	}

	@Test
	void everyKeyExistsInBothLanguages() {
		List<String> problems = new ArrayList<>();
		this.bundles.forEach((base, languages) -> {
			Properties vi = languages.get("vi");
			Properties en = languages.get("en");
			if (vi == null || en == null) {
				return;
			}
			for (String key : vi.stringPropertyNames()) {
				if (!en.containsKey(key)) {
					problems.add(base + EN + " lacks " + key);
				}
			}
			for (String key : en.stringPropertyNames()) {
				if (!vi.containsKey(key)) {
					problems.add(base + VI + " lacks " + key);
				}
			}
		});
		assertThat(problems).isEmpty();
	}

	@Test
	void noValueIsEmpty() {
		List<String> empty = new ArrayList<>();
		forEachEntry((where, key, value) -> {
			if (value.isBlank()) {
				empty.add(where + ": " + key);
			}
		});
		assertThat(empty).isEmpty();
	}

	@Test
	void bothLanguagesUseTheSameArguments() {
		List<String> problems = new ArrayList<>();
		this.bundles.forEach((base, languages) -> {
			Properties vi = languages.get("vi");
			Properties en = languages.get("en");
			if (vi == null || en == null) {
				return;
			}
			for (String key : vi.stringPropertyNames()) {
				if (en.containsKey(key) && !arguments(vi.getProperty(key)).equals(arguments(en.getProperty(key)))) {
					problems.add(base + ": " + key + " vi " + arguments(vi.getProperty(key)) + " en "
							+ arguments(en.getProperty(key)));
				}
			}
		});
		assertThat(problems).isEmpty();
	}

	@Test
	void noKeyIsDefinedTwiceInOneFile() throws IOException {
		List<String> duplicates = new ArrayList<>();
		for (String pattern : List.of("classpath*:i18n/*" + VI, "classpath*:i18n/*" + EN)) {
			for (Resource resource : this.resolver.getResources(pattern)) {
				Set<String> seen = new TreeSet<>();
				for (String line : text(resource).split("\\R")) {
					Matcher matcher = KEY_LINE.matcher(line);
					if (matcher.find() && !seen.add(matcher.group(1))) {
						duplicates.add(resource.getFilename() + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(duplicates).isEmpty();
	}

	@Test
	void everyMessageUsedInATemplateExistsInBothLanguages() throws IOException {
		Resource[] templates = this.resolver.getResources("classpath*:templates/**/*.html");
		assertThat(templates).as("templates found").isNotEmpty();
		Map<String, Set<String>> usedIn = new TreeMap<>();
		for (Resource template : templates) {
			Matcher matcher = MESSAGE_EXPRESSION.matcher(text(template));
			while (matcher.find()) {
				usedIn.computeIfAbsent(matcher.group(1), (key) -> new TreeSet<>()).add(templateName(template));
			}
		}
		assertThat(usedIn).as("message keys found in templates").containsKey("app.name");
		List<String> missing = new ArrayList<>();
		usedIn.forEach((key, where) -> {
			boolean defined = this.bundles.values()
				.stream()
				.anyMatch((languages) -> languages.get("vi") != null && languages.get("en") != null
						&& languages.get("vi").containsKey(key) && languages.get("en").containsKey(key));
			if (!defined) {
				missing.add(key + " (used in " + String.join(", ", where) + ")");
			}
		});
		assertThat(missing).as("keys used in templates but missing from a vi/en bundle pair").isEmpty();
	}

	private static Set<String> arguments(String message) {
		Set<String> arguments = new TreeSet<>();
		Matcher matcher = ARGUMENT.matcher(message);
		while (matcher.find()) {
			arguments.add(matcher.group(1));
		}
		return arguments;
	}

	private void forEachEntry(EntryVisitor visitor) {
		this.bundles.forEach((base, languages) -> languages.forEach((language, properties) -> {
			if (properties != null) {
				properties.stringPropertyNames()
					.forEach((key) -> visitor.visit(base + "_" + language, key, properties.getProperty(key)));
			}
		}));
	}

	private static String templateName(Resource template) {
		try {
			String uri = template.getURI().toString();
			int at = uri.lastIndexOf("templates/");
			return (at >= 0) ? uri.substring(at) : uri;
		}
		catch (IOException ex) {
			return String.valueOf(template.getFilename());
		}
	}

	/** Reads a file as strict UTF-8: a file saved in another encoding fails here. */
	private static String text(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(in.readAllBytes()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new IOException(resource + " is not valid UTF-8", ex);
		}
	}

	private static Properties load(Resource resource) throws IOException {
		Properties properties = new Properties();
		properties.load(new java.io.StringReader(text(resource)));
		return properties;
	}

	private static Properties loadQuietly(Resource resource) {
		try {
			return load(resource);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@FunctionalInterface
	private interface EntryVisitor {

		void visit(String where, String key, String value);

	}

}
