package vn.motcua.feedback;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Helpers of the feedback tests: who calls, from where, with which token. */
final class FeedbackTestSupport {

	static final String PASSWORD = "MotCua@2026";

	private FeedbackTestSupport() {
	}

	/** A request from the given network address (the intake limit counts per address). */
	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static RequestPostProcessor as(UserDetailsService users, String username) {
		return user(users.loadUserByUsername(username));
	}

	static String token(MockMvc mvc, String username) throws Exception {
		MvcResult result = mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
			.andExpect(status().isOk())
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.accessToken");
	}

	/** A unique address per call, so tests do not share an intake limit. */
	static String address() {
		int next = NEXT.incrementAndGet();
		return "10.77." + (next / 250) + "." + (1 + next % 250);
	}

	private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger();

}
