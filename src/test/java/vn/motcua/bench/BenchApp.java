package vn.motcua.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.motcua.document.SampleFiles;

/**
 * Support for the process-level dossier benchmark and crash check: the application run as
 * a separate JVM on a database of its own on a real PostgreSQL server, and a small HTTP
 * client for the dossier API with bearer tokens.
 * <p>
 * System properties: {@code bench.server} (JDBC URL of the server, default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}), {@code bench.app.cp}
 * (class path of the application: {@code target/classes} and its runtime dependencies),
 * {@code bench.app.heap} (default 768m) and {@code bench.app.jvmArgs} (more options for
 * the application's JVM, space-separated, e.g. a flight recording).
 */
final class BenchApp {

	static final String PASSWORD = "MotCua@2026";

	static final String SERVER = System.getProperty("bench.server",
			"jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");

	private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

	final String database;

	final String url;

	final int port;

	final Path log;

	private final List<String> extraArgs;

	private @Nullable Process process;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	BenchApp(String prefix, int port, List<String> extraArgs) throws IOException {
		this.database = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		this.url = replaceDatabase(SERVER, this.database);
		this.port = port;
		this.log = Files.createTempFile(this.database, ".log");
		this.extraArgs = extraArgs;
	}

	// ------------------------------------------------------------------ database

	static void admin(String sql) throws SQLException {
		try (Connection connection = connectTo(SERVER); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	void createDatabase() throws SQLException {
		admin("CREATE DATABASE " + this.database);
	}

	void dropDatabase() {
		try {
			admin("DROP DATABASE IF EXISTS " + this.database + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			System.err.println("could not drop " + this.database + ": " + ex.getMessage());
		}
	}

	Connection connect() throws SQLException {
		return connectTo(this.url);
	}

	/**
	 * Connects, waiting up to a minute while the shared server has no free connection
	 * slot (other test runs on the same server).
	 */
	static Connection connectTo(String url) throws SQLException {
		for (int attempt = 0;; attempt++) {
			try {
				return DriverManager.getConnection(url);
			}
			catch (SQLException ex) {
				if (!"53300".equals(ex.getSQLState()) || attempt >= 120) {
					throw ex;
				}
				try {
					Thread.sleep(500);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

	static String replaceDatabase(String url, String database) {
		int query = url.indexOf('?');
		String base = (query < 0) ? url : url.substring(0, query);
		String params = (query < 0) ? "" : url.substring(query);
		return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
	}

	// ------------------------------------------------------------------ process

	/** Starts the application and waits until the demo citizen can sign in. */
	void start() throws Exception {
		String classPath = System.getProperty("bench.app.cp");
		if (classPath == null) {
			throw new IllegalStateException("set -Dbench.app.cp to target/classes and the runtime dependencies");
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx" + System.getProperty("bench.app.heap", "768m"));
		// e.g.
		// -Dbench.app.jvmArgs=-XX:StartFlightRecording=filename=app.jfr,settings=profile
		for (String arg : System.getProperty("bench.app.jvmArgs", "").split(" ")) {
			if (!arg.isBlank()) {
				command.add(arg);
			}
		}
		command.add("-cp");
		command.add(classPath);
		command.add("vn.motcua.MotCuaApplication");
		command.add("--spring.datasource.url=" + this.url);
		command.add("--motcua.demo.enabled=true");
		command.add("--server.port=" + this.port);
		command.add("--spring.jmx.enabled=false");
		command.addAll(this.extraArgs);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()));
		this.process = builder.start();
		long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("the application stopped; log: " + this.log);
			}
			try {
				// ready once the start-up runners (demo data) are done; signing in
				// earlier would count as failed logins and be throttled
				if (send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).GET()).status() == 200) {
					this.tokens.clear();
					token("congdan");
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(300);
		}
		throw new IllegalStateException("the application did not become ready; log: " + this.log);
	}

	/** SIGKILL: no shutdown hook, no graceful end of requests or transactions. */
	void kill() throws InterruptedException {
		Process running = this.process;
		if (running != null) {
			running.destroyForcibly();
			running.waitFor();
			this.process = null;
		}
	}

	void stop() throws InterruptedException {
		Process running = this.process;
		if (running != null) {
			running.destroy();
			running.waitFor();
			this.process = null;
		}
	}

	/**
	 * CPU time used so far by the application JVM and by the PostgreSQL backends serving
	 * its database (both on this machine), from {@code /proc}, in milliseconds.
	 */
	long[] cpuMillis() throws SQLException {
		long backends = 0;
		try (Connection admin = connectTo(SERVER);
				java.sql.PreparedStatement statement = admin
					.prepareStatement("select pid from pg_stat_activity where datname = ?")) {
			statement.setString(1, this.database);
			try (java.sql.ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					backends += cpuMillisOf(rs.getLong(1));
				}
			}
		}
		return new long[] { cpuMillisOf(pid()), backends };
	}

	private static long cpuMillisOf(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// utime and stime (fields 14 and 15 of the line) in clock ticks of 10 ms
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	long pid() {
		Process running = this.process;
		return (running != null) ? running.pid() : -1;
	}

	// ------------------------------------------------------------------ HTTP

	record Response(int status, String body, @Nullable String replayed) {

		String code() {
			Matcher matcher = CODE.matcher(this.body);
			if (!matcher.find()) {
				throw new IllegalStateException("no code in " + this.body);
			}
			return matcher.group(1);
		}

	}

	String token(String username) throws IOException, InterruptedException {
		String cached = this.tokens.get(username);
		if (cached != null) {
			return cached;
		}
		Response response = send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}")));
		Matcher matcher = TOKEN.matcher(response.body());
		if (response.status() != 200 || !matcher.find()) {
			throw new IllegalStateException("no token for " + username + ": " + response.status());
		}
		this.tokens.put(username, matcher.group(1));
		return matcher.group(1);
	}

	Response submit(String body, @Nullable String key) throws IOException, InterruptedException {
		Response response = send(submission(body, key));
		if (response.status() == 401) {
			// a token issued before a restart may no longer be valid: sign in again
			this.tokens.remove("congdan");
			response = send(submission(body, key));
		}
		return response;
	}

	private HttpRequest.Builder submission(String body, @Nullable String key) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/dossiers"))
			.header("Authorization", "Bearer " + token("congdan"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return request;
	}

	/**
	 * Uploads a small PDF as the citizen (POST /api/v1/dossiers/attachments); its
	 * document id, for the papers of submissions.
	 */
	String upload() throws IOException, InterruptedException {
		String boundary = "bench" + UUID.randomUUID().toString().replace("-", "");
		byte[] pdf = SampleFiles.pdf();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"giay-chung-sinh.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		body.writeBytes(pdf);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		Response response = send(HttpRequest.newBuilder(uri("/api/v1/dossiers/attachments"))
			.header("Authorization", "Bearer " + token("congdan"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
		Matcher matcher = ID.matcher(response.body());
		if (response.status() != 201 || !matcher.find()) {
			throw new IllegalStateException("upload: " + response.status() + " " + response.body());
		}
		return matcher.group(1);
	}

	Response act(String user, String code, String action, String body) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri("/api/v1/dossiers/" + code + "/actions/" + action))
			.header("Authorization", "Bearer " + token(user))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	Response track(String code, String phone4) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri("/api/v1/tracking/" + code + "?phone4=" + phone4)).GET());
	}

	Response get(String path, String user) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token(user)).GET());
	}

	private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
		return new Response(response.statusCode(), response.body(),
				response.headers().firstValue("Idempotent-Replayed").orElse(null));
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	/**
	 * An online birth registration at Phường Hà Tu, as in {@code DossierApiTests}, with
	 * an uploaded document (see {@link #upload}) as both papers.
	 */
	static String birthRegistration(String phone, String documentId) {
		return """
				{"procedureCode":"1.001193","caseIndex":0,"agencyCode":"06652",
				 "applicant":{"name":"Nguyễn Văn An","idNumber":"022085001234","phone":"%s","email":null,"address":"Tổ 5, khu 3, phường Hà Tu"},
				 "formData":{"childName":"Nguyễn Thị Mai"},
				 "papers":[{"index":0,"received":false,"documentIds":["%s"]},{"index":1,"received":false,"documentIds":["%s"]}],
				 "note":"Đăng ký khai sinh cho con"}"""
			.formatted(phone, documentId, documentId);
	}

	/** The lifecycle after submission: 6 transitions to status 10. */
	static final List<String[]> LIFECYCLE = List.of(new String[] { "tiepnhan.hatu", "receive", "{}" },
			new String[] { "tiepnhan.hatu", "forward", "{\"assignee\":\"chuyenvien.hatu\"}" },
			new String[] { "chuyenvien.hatu", "forward", "{}" }, new String[] { "lanhdao.hatu", "approve", "{}" },
			new String[] { "tiepnhan.hatu", "result-ready", "{}" },
			new String[] { "tiepnhan.hatu", "return-result", "{\"channel\":\"DIRECT\"}" });

}
