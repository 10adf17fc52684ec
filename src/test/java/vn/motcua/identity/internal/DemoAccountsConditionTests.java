package vn.motcua.identity.internal;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** Outside demo mode nothing creates an account with a known password. */
class DemoAccountsConditionTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(DemoAccounts.class);

	@Test
	void isAbsentWithoutDemoMode() {
		this.contexts.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(DemoAccounts.class));
	}

	@Test
	void isAbsentWhenDemoModeIsOff() {
		this.contexts.withPropertyValues("motcua.demo.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(DemoAccounts.class));
	}

	@Test
	void isWantedInDemoMode() {
		// without its collaborators the context cannot start: the runner was asked for
		this.contexts.withPropertyValues("motcua.demo.enabled=true").run((context) -> assertThat(context).hasFailed());
	}

}
