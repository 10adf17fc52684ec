package vn.motcua.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of sign-in and tokens ({@code motcua.identity.*}).
 *
 * @param maxFailures consecutive failed sign-ins for one username, within
 * {@code failureWindow}, after which that username is refused for {@code lockout}
 * @param failureWindow the window in which failures are counted
 * @param lockout how long a throttled username (or address) is refused
 * @param maxFailuresPerAddress failed sign-ins from one client address, within
 * {@code failureWindow}, after which that address is refused for {@code lockout}
 * @param tokenLifetime how long an API access token is valid
 */
@ConfigurationProperties("motcua.identity")
public record IdentityProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration failureWindow,
		@DefaultValue("15m") Duration lockout, @DefaultValue("30") int maxFailuresPerAddress,
		@DefaultValue("1h") Duration tokenLifetime) {
}
