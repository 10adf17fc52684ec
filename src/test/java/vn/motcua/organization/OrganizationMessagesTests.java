package vn.motcua.organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.motcua.organization.internal.UnitType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text of the organization module exists in Vietnamese and in English: the keys of
 * its templates, the {@code error.<code>} of every error code it raises, and the labels
 * of every level and unit type.
 */
class OrganizationMessagesTests {

	private static final Path SOURCES = Path.of("src/main/java/vn/motcua/organization");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates/organization");

	private static final Pattern ERROR_CODE = Pattern
		.compile("(?:invalid|conflict|notFound|forbidden|Kind\\.[A-Z_]+,)\\s*\\(?\\s*\"(agency\\.[A-Za-z.]+)\"");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(agency\\.[A-Za-z.]+)[}(]");

	private static final Pattern CONTROLLER_KEY = Pattern.compile("message\\(\"(agency\\.[A-Za-z.]+)\"");

	private final Properties vietnamese = bundle("organization_vi");

	private final Properties english = bundle("organization_en");

	@Test
	void bothLanguagesHaveTheSameKeys() {
		assertThat(this.english.stringPropertyNames()).isEqualTo(this.vietnamese.stringPropertyNames());
		assertThat(this.vietnamese.stringPropertyNames())
			.allSatisfy((key) -> assertThat(this.vietnamese.getProperty(key)).as(key).isNotBlank());
	}

	@Test
	void everyErrorCodeRaisedHasItsMessage() throws IOException {
		Set<String> codes = matches(SOURCES, ".java", ERROR_CODE);

		assertThat(codes).contains("agency.unknown", "agency.duplicate", "agency.code.invalid",
				"agency.parent.invalid");
		assertThat(codes).allSatisfy((code) -> assertThat(this.vietnamese).containsKey("error." + code));
	}

	@Test
	void everyKeyOfTheTemplatesAndControllersExists() throws IOException {
		Set<String> keys = matches(TEMPLATES, ".html", TEMPLATE_KEY);
		keys.addAll(matches(SOURCES, ".java", CONTROLLER_KEY));

		assertThat(keys).hasSizeGreaterThan(30);
		assertThat(keys).allSatisfy((key) -> assertThat(this.vietnamese).containsKey(key));
	}

	@Test
	void everyLevelAndUnitTypeHasALabel() {
		for (AgencyLevel level : AgencyLevel.values()) {
			assertThat(this.vietnamese).containsKey("agency.level." + level.name());
		}
		for (UnitType type : UnitType.values()) {
			assertThat(this.vietnamese).containsKey("agency.unitType." + type.name());
		}
	}

	private static Set<String> matches(Path root, String suffix, Pattern pattern) throws IOException {
		Set<String> found = new TreeSet<>();
		try (Stream<Path> files = Files.walk(root)) {
			files.filter((file) -> file.toString().endsWith(suffix)).forEach((file) -> {
				try {
					Matcher matcher = pattern.matcher(Files.readString(file));
					while (matcher.find()) {
						found.add(matcher.group(1));
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		return found;
	}

	private static Properties bundle(String name) {
		Properties properties = new Properties();
		try (InputStream in = OrganizationMessagesTests.class.getResourceAsStream("/i18n/" + name + ".properties")) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
