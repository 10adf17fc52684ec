package vn.motcua.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message identity and audit use exists in Vietnamese and in English: the keys of
 * the templates, every error code the code raises ({@code error.<code>}), the words for
 * roles, genders and audit reasons.
 */
class IdentityMessagesTests {

	/** Error codes as the code raises them. */
	private static final List<Pattern> CODES = List.of(Pattern.compile("new FieldProblem\\(\"[^\"]+\", \"([^\"]+)\""),
			Pattern.compile("DomainException\\.\\w+\\(\"([^\"]+)\""),
			Pattern.compile("new DomainException\\([^,]+, \"([^\"]+)\""),
			Pattern.compile("Optional\\.of\\(\"([a-z-]+\\.[a-z.-]+)\"\\)"),
			Pattern.compile("HttpStatus\\.\\w+, \"([a-z-]+\\.[a-z.-]+)\""),
			Pattern.compile("public static final String \\w+ = \"([a-z-]+\\.[a-z.-]+)\""));

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[(}]");

	@ParameterizedTest
	@ValueSource(strings = { "identity", "audit" })
	void bothLanguagesHaveTheSameKeys(String module) {
		assertThat(bundle(module + "_en").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(bundle(module + "_vi").stringPropertyNames());
		assertThat(bundle(module + "_vi")).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "vi", "en" })
	void everyErrorCodeRaisedHasItsMessage(String language) throws IOException {
		Set<String> codes = new TreeSet<>();
		for (Path source : sources(Path.of("src/main/java/vn/motcua/identity"), ".java")) {
			String text = Files.readString(source);
			for (Pattern pattern : CODES) {
				Matcher matcher = pattern.matcher(text);
				while (matcher.find()) {
					codes.add(matcher.group(1));
				}
			}
		}
		assertThat(codes).contains("account.phone-taken", "personal-id.format", "password.too-short",
				"agency-scope.forbidden", "auth.bad-credentials");
		Properties messages = bundle("identity_" + language);
		assertThat(codes.stream().map((code) -> "error." + code).filter((key) -> !messages.containsKey(key)))
			.as("error codes without a message")
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "vi", "en" })
	void everyKeyOfTheTemplatesExists(String language) throws IOException {
		Properties all = new Properties();
		for (String module : List.of("messages", "identity", "audit")) {
			all.putAll(bundle(module + "_" + language));
		}
		List<String> missing = new ArrayList<>();
		for (Path template : Stream
			.concat(sources(Path.of("src/main/resources/templates/identity"), ".html").stream(),
					sources(Path.of("src/main/resources/templates/audit"), ".html").stream())
			.toList()) {
			Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!all.containsKey(matcher.group(1))) {
					missing.add(template.getFileName() + ": " + matcher.group(1));
				}
			}
		}
		for (Role role : Role.values()) {
			for (String key : List.of("role." + role, "role." + role + ".description")) {
				if (!all.containsKey(key)) {
					missing.add(key);
				}
			}
		}
		for (Gender gender : Gender.values()) {
			if (!all.containsKey("gender." + gender)) {
				missing.add("gender." + gender);
			}
		}
		for (String key : List.of("audit.reason.missing-entry", "audit.reason.prev-hash-mismatch",
				"audit.reason.hash-mismatch", "login.error.credentials", "login.error.throttled",
				"login.error.disabled", "workspace.link.agencies", "workspace.link.accounts", "workspace.link.audit",
				"workspace.link.agencies.hint", "workspace.link.accounts.hint", "workspace.link.audit.hint")) {
			if (!all.containsKey(key)) {
				missing.add(key);
			}
		}
		assertThat(missing).as("message keys used but missing").isEmpty();
	}

	private static List<Path> sources(Path root, String suffix) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter((file) -> file.toString().endsWith(suffix)).toList();
		}
	}

	private static Properties bundle(String name) {
		Properties properties = new Properties();
		try (InputStream in = IdentityMessagesTests.class.getResourceAsStream("/i18n/" + name + ".properties")) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
