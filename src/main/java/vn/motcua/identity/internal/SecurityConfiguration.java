package vn.motcua.identity.internal;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * Web security. Two filter chains:
 * <ol>
 * <li>API requests with {@code Authorization: Bearer …}: stateless, no session, no CSRF
 * (the token is not sent by the browser on its own), authenticated by
 * {@link BearerTokenFilter}.</li>
 * <li>Everything else: form login at {@code /login} with a session kept in the database,
 * session id changed at sign-in, CSRF tokens on every form and htmx request, sign-out by
 * POST.</li>
 * </ol>
 * Both send the security headers (CSP without {@code unsafe-inline}, nosniff, referrer
 * policy, HSTS on HTTPS, no framing). API requests get RFC 9457 problems for 401 and 403;
 * pages redirect to the login page, or show the error page with 403.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountDirectory directory, PasswordEncoder encoder,
			LoginThrottle throttle, ApplicationEventPublisher events, Clock clock) {
		return new ProviderManager(new PasswordLogin(directory, encoder, throttle, events, clock));
	}

	/**
	 * No observation (trace span and timer) per security filter, authentication and
	 * authorization: with the actuator's registry present, Spring Security wraps each of
	 * its filters in one, a measurable share of the CPU of a cheap API call (see the
	 * dossier throughput benchmark). Requests stay observed as a whole
	 * ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(1)
	SecurityFilterChain bearerChain(HttpSecurity http, AccessTokens tokens, ProblemResponses problems,
			AuthenticationManager authenticationManager) throws Exception {
		http.securityMatcher(new AndRequestMatcher(PublicRoutes.API, BearerTokenFilter::hasBearer))
			.authenticationManager(authenticationManager)
			.authorizeHttpRequests(PublicRoutes::authorize)
			.addFilterBefore(new BearerTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(problems::unauthorized)
				.accessDeniedHandler(problems::forbidden))
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, ProblemResponses problems,
			AuthenticationManager authenticationManager) throws Exception {
		http.authenticationManager(authenticationManager)
			.authorizeHttpRequests(PublicRoutes::authorize)
			.formLogin((form) -> form.loginPage("/login")
				.authenticationDetailsSource(LoginDetails::form)
				.successHandler(new SignedInRedirect())
				.failureHandler(new LoginFailureRedirect())
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.csrf((csrf) -> csrf.ignoringRequestMatchers(
					PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/auth/token"),
					PublicRoutes.OPEN_APIS,
					PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/ratings/**"),
					PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/surveys/**")))
			.httpBasic((basic) -> basic.disable())
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(problems::unauthorized, PublicRoutes.API)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						AnyRequestMatcher.INSTANCE)
				.defaultAccessDeniedHandlerFor(problems::forbidden, PublicRoutes.API)
				.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
			.frameOptions((frame) -> frame.deny())
			.permissionsPolicyHeader((permissions) -> permissions.policy("camera=(), microphone=(), geolocation=()"));
	}

}
