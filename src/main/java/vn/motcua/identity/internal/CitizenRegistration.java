package vn.motcua.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.identity.AccountCreated;
import vn.motcua.identity.AccountKind;
import vn.motcua.identity.EmailAddress;
import vn.motcua.identity.Gender;
import vn.motcua.identity.PersonalIdNumber;
import vn.motcua.identity.PhoneNumber;

/**
 * Citizens register themselves with a phone number or an e-mail address (at least one;
 * the username is the phone if given, else the e-mail), a password, their full name and,
 * optionally, their personal identification number — then also their year of birth and
 * gender, which must agree with the number.
 */
@Component
public class CitizenRegistration {

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CitizenRegistration(Accounts accounts, PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What someone typed in the registration form.
	 *
	 * @param fullName full name
	 * @param phone mobile number, any usual form
	 * @param email e-mail address
	 * @param password the chosen password
	 * @param personalId the 12-digit personal identification number, optional
	 * @param birthYear year of birth, as typed (needed with a personal id)
	 * @param gender {@code MALE} or {@code FEMALE} (needed with a personal id)
	 */
	public record Registration(@Nullable String fullName, @Nullable String phone, @Nullable String email,
			@Nullable String password, @Nullable String personalId, @Nullable String birthYear,
			@Nullable String gender) {
	}

	/** Every problem with the registration, field by field; empty if it can be saved. */
	@Transactional(readOnly = true)
	public List<FieldProblem> problemsWith(Registration registration) {
		List<FieldProblem> problems = new ArrayList<>();
		check(registration, problems);
		return problems;
	}

	/**
	 * Creates the citizen's account, or throws the first problem (nothing is saved).
	 * @return the new account's username
	 */
	@Transactional
	public String register(Registration registration) {
		List<FieldProblem> problems = new ArrayList<>();
		Checked checked = check(registration, problems);
		if (!problems.isEmpty() || checked == null) {
			throw problems.get(0).toException();
		}
		String username = (checked.phone() != null) ? checked.phone().value()
				: Objects.requireNonNull(checked.email()).value();
		Instant now = this.clock.instant();
		Account account = Account.citizen(username, checked.fullName(), checked.email(), checked.phone(),
				checked.personalId(), this.passwords.encode(checked.password()), now);
		try {
			this.accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException ex) {
			// registered at the same moment by someone else
			throw DuplicateAccounts.conflictFrom(ex);
		}
		this.events.publishEvent(new AccountCreated(username, AccountKind.CITIZEN, null, false, List.of(), username));
		return username;
	}

	/**
	 * Creates a demo citizen with a chosen username (demo data only); returns false if
	 * the username, e-mail or number is already taken.
	 */
	@Transactional
	boolean createDemo(String username, String fullName, String email, @Nullable String personalId, String password) {
		EmailAddress address = EmailAddress.parse(email).orElseThrow();
		if (this.accounts.existsByUsername(username) || this.accounts.existsByEmail(address.value())
				|| personalId != null && this.accounts.existsByPersonalId(personalId)) {
			return false;
		}
		PersonalIdNumber number = (personalId != null)
				? PersonalIdNumber.of(personalId, Year.now(this.clock).getValue()) : null;
		this.accounts.saveAndFlush(Account.citizen(username, fullName, address, null, number,
				this.passwords.encode(password), this.clock.instant()));
		this.events.publishEvent(new AccountCreated(username, AccountKind.CITIZEN, null, false, List.of(), "system"));
		return true;
	}

	private @Nullable Checked check(Registration registration, List<FieldProblem> problems) {
		String fullName = ContactChecks.fullName(registration.fullName(), problems);
		boolean noPhone = ContactChecks.blank(registration.phone());
		boolean noEmail = ContactChecks.blank(registration.email());
		if (noPhone && noEmail) {
			problems.add(new FieldProblem("phone", "contact.required"));
		}
		PhoneNumber phone = ContactChecks.phone(registration.phone(), this.accounts, problems);
		EmailAddress email = ContactChecks.email(registration.email(), this.accounts, problems);
		String usernameField = (phone != null) ? "phone" : "email";
		String username = (phone != null) ? phone.value() : (email != null) ? email.value() : null;
		if (username != null && problems.stream().noneMatch((p) -> p.field().equals(usernameField))
				&& this.accounts.existsByUsername(username)) {
			problems.add(new FieldProblem(usernameField, "account.username-taken"));
		}
		ContactChecks.password(registration.password(), problems);
		PersonalIdNumber personalId = personalId(registration, problems);
		if (!problems.isEmpty() || fullName == null || registration.password() == null) {
			return null;
		}
		return new Checked(fullName, phone, email, registration.password(), personalId);
	}

	private @Nullable PersonalIdNumber personalId(Registration registration, List<FieldProblem> problems) {
		if (ContactChecks.blank(registration.personalId())) {
			return null;
		}
		int currentYear = Year.now(this.clock).getValue();
		String raw = registration.personalId();
		Optional<String> problem = (raw.length() > 20) ? Optional.of(PersonalIdNumber.FORMAT)
				: PersonalIdNumber.problemWith(raw, currentYear);
		if (problem.isPresent()) {
			problems.add(new FieldProblem("personalId", problem.get()));
			return null;
		}
		PersonalIdNumber number = PersonalIdNumber.of(raw, currentYear);
		if (this.accounts.existsByPersonalId(number.value())) {
			problems.add(new FieldProblem("personalId", "account.personal-id-taken"));
		}
		Integer birthYear = birthYear(registration.birthYear(), currentYear, problems);
		Gender gender = gender(registration.gender(), problems);
		if (birthYear != null && birthYear != number.birthYear()) {
			problems.add(new FieldProblem("birthYear", "personal-id.birth-year-mismatch"));
		}
		if (gender != null && gender != number.gender()) {
			problems.add(new FieldProblem("gender", "personal-id.gender-mismatch"));
		}
		return number;
	}

	private static @Nullable Integer birthYear(@Nullable String raw, int currentYear, List<FieldProblem> problems) {
		if (ContactChecks.blank(raw)) {
			problems.add(new FieldProblem("birthYear", "birth-year.required"));
			return null;
		}
		String digits = raw.strip();
		if (!digits.matches("\\d{4}") || Integer.parseInt(digits) < 1900 || Integer.parseInt(digits) > currentYear) {
			problems.add(new FieldProblem("birthYear", "birth-year.invalid", currentYear));
			return null;
		}
		return Integer.parseInt(digits);
	}

	private static @Nullable Gender gender(@Nullable String raw, List<FieldProblem> problems) {
		if (ContactChecks.blank(raw)) {
			problems.add(new FieldProblem("gender", "gender.required"));
			return null;
		}
		try {
			return Gender.valueOf(raw.strip());
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem("gender", "gender.required"));
			return null;
		}
	}

	private record Checked(String fullName, @Nullable PhoneNumber phone, @Nullable EmailAddress email, String password,
			@Nullable PersonalIdNumber personalId) {
	}

}
