package vn.motcua.support;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bearer tokens of the demo accounts (password {@value #PASSWORD}, see
 * docs/demo-accounts.md) from {@code POST /api/v1/auth/token}, as an API client gets
 * them; one per account and application (MockMvc), reused by the tests of a class.
 */
public final class DemoTokens {

	public static final String PASSWORD = "MotCua@2026";

	private static final Map<MockMvc, Map<String, String>> TOKENS = new WeakHashMap<>();

	private DemoTokens() {
	}

	/** The token of a demo account; signs in the first time. */
	public static String of(MockMvc mvc, String username) throws Exception {
		Map<String, String> tokens;
		synchronized (TOKENS) {
			tokens = TOKENS.computeIfAbsent(mvc, (m) -> new ConcurrentHashMap<>());
		}
		String cached = tokens.get(username);
		if (cached != null) {
			return cached;
		}
		MvcResult result = mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
			.andExpect(status().isOk())
			.andReturn();
		String token = JsonPath.read(result.getResponse().getContentAsString(), "$.accessToken");
		tokens.put(username, token);
		return token;
	}

}
