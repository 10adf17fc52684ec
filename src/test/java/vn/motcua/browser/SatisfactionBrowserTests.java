package vn.motcua.browser;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossiers;
import vn.motcua.browser.ReturnedDossierFixture;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.satisfaction.internal.Campaigns;
import vn.motcua.satisfaction.internal.RatingInput;
import vn.motcua.satisfaction.internal.Ratings;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen rates after the result is returned, on a phone-sized screen, through the link
 * of the invitation; and at the desk's tablet (kiosk), which shows the result just
 * returned, takes the rating and goes back to waiting; from the "Đánh giá" card of their
 * own dossier page. A survey manager runs a campaign and sends its invitations. The pages
 * pass axe.
 */
@BrowserTest
class SatisfactionBrowserTests {

	@Autowired
	Dossiers dossiers;

	@Autowired
	Ratings ratings;

	@Autowired
	Campaigns campaigns;

	@Autowired
	UserDetailsService users;

	Ratings.Invitation invitationOf(String code) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(until)) {
			Optional<Ratings.Invitation> invitation = this.ratings.byDossier(code);
			if (invitation.isPresent()) {
				return invitation.get();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no invitation for " + code);
	}

	@Test
	void aCitizenRatesOnAPhoneAfterTheResultIsReturned(BrowserSession browser) throws Exception {
		String code = ReturnedDossierFixture.returned(this.dossiers, Channel.COUNTER, "0914000111");
		Ratings.Invitation invitation = invitationOf(code);
		Page page = browser.newPage(BrowserSession.PHONE);
		page.navigate("/rate/" + invitation.token());
		assertThat(page.locator("h1")).hasText("Đánh giá mức độ hài lòng");
		assertThat(page.locator("p.lead")).containsText(code);
		browser.screenshotAndCheck(page, "satisfaction-rate-phone");
		page.locator("label[for=rate-contacts-0]").click();
		page.locator("label[for=rate-agencies-ONE_STOP_ONLY]").click();
		page.locator("label[for=rate-attitude-false]").click();
		page.locator("label[for=rate-overall-5]").click();
		page.locator("#rate-comment").fill("Cán bộ hướng dẫn tận tình");
		page.locator("#rate-submit").click();
		assertThat(page.locator("#rated-message")).containsText(code);
		browser.screenshot(page, "satisfaction-rated-phone");
		// the link works once
		page.navigate("/rate/" + invitation.token());
		assertThat(page.locator("main")).containsText("đã được đánh giá");
	}

	@Test
	void aCitizenFindsTheRatingLinkOnTheirDossierPageOnAPhone(BrowserSession browser) throws Exception {
		CitizenPrincipal owner = (CitizenPrincipal) this.users.loadUserByUsername("congdan");
		String code = ReturnedDossierFixture.returnedOnline(this.dossiers, new Actor(Actor.Kind.CITIZEN, "congdan",
				owner.fullName(), Set.of(), null, false, owner.accountId(), "127.0.0.1"), "0914000333", null);
		invitationOf(code);
		Page page = browser.newPage(BrowserSession.PHONE);
		DemoLogin.logIn(page, "congdan");
		page.navigate("/account/dossiers/" + code);
		assertThat(page.locator("#rating-invitation h2")).hasText("Đánh giá mức độ hài lòng");
		browser.screenshotAndCheck(page, "satisfaction-dossier-rating-phone");
		page.locator("#rating-link").click();
		assertThat(page.locator("h1")).hasText("Đánh giá mức độ hài lòng");
		assertThat(page.locator("p.lead")).containsText(code);
	}

	@Test
	void theKioskAtTheDeskTakesOneRatingAndGoesBackToWaiting(BrowserSession browser) throws Exception {
		String key = this.ratings.registerKiosk("06652", "tiepnhan.hatu");
		// results returned at the desk by other tests come first: rate them away
		for (Optional<Ratings.Invitation> pending = this.ratings.nextAtKiosk(key); pending
			.isPresent(); pending = this.ratings.nextAtKiosk(key)) {
			this.ratings.rate(pending.get().token(), new RatingInput(0, "ONE_STOP_ONLY", false, null, null, null),
					"KIOSK");
		}
		Page page = browser.page();
		page.navigate("/kiosk/" + key);
		assertThat(page.locator("#kiosk-slot")).hasClass(java.util.regex.Pattern.compile(".*kiosk-waiting.*"));
		browser.screenshotAndCheck(page, "satisfaction-kiosk-waiting");

		String code = ReturnedDossierFixture.returned(this.dossiers, Channel.COUNTER, "0914000222");
		invitationOf(code);
		assertThat(page.locator("#kiosk-dossier")).containsText(code,
				new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
		browser.screenshot(page, "satisfaction-kiosk-form");
		page.locator("label[for=rate-contacts-0]").click();
		page.locator("label[for=rate-agencies-ONE_STOP_ONLY]").click();
		page.locator("label[for=rate-attitude-false]").click();
		page.locator("label[for=rate-overall-4]").click();
		page.locator("#kiosk-submit").click();
		assertThat(page.locator("#kiosk-thanks")).isVisible();
		// back to waiting, and the rated dossier is not offered again
		assertThat(page.locator("#kiosk-slot.kiosk-waiting"))
			.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
		assertThat(page.locator("#kiosk-slot")).not().containsText(code);
		assertThat(this.ratings.byDossier(code).orElseThrow().ratedAt()).isNotNull();
		assertThat(this.ratings.nextAtKiosk(key)).isEmpty();
	}

	@Test
	void aSurveyManagerRunsACampaignFromSamplingToTheReport(BrowserSession browser) {
		Page page = browser.page();
		DemoLogin.logIn(page, "khaosat.snv");
		page.navigate("/workspace/satisfaction/campaigns");
		browser.screenshotAndCheck(page, "satisfaction-campaigns");
		// the sample-size calculator answers in place
		page.locator("#size-margin").fill("0.05");
		page.locator("#size-frame").fill("1000");
		page.locator("#size-rate").fill("0.6");
		page.locator("#size-form button").click();
		assertThat(page.locator("#size-result")).containsText("278");
		LocalDate today = LocalDate.now();
		page.locator("#c-name").fill("Khảo sát thử trên trình duyệt");
		page.locator("#c-year").fill("2040");
		page.locator("#c-scope").selectOption("06652");
		page.locator("#c-from").fill(today.minusDays(365).toString());
		page.locator("#c-to").fill(today.toString());
		page.locator("#c-margin").fill("0.1");
		page.locator("#c-rate").fill("0.5");
		page.locator("#campaign-create").click();
		assertThat(page.locator("#campaign-status")).hasText("Chưa chọn mẫu");
		page.locator("#campaign-sample").click();
		assertThat(page.locator("#campaign-status")).hasText("Đang thu thập phiếu");
		assertThat(page.locator("#strata-table tbody tr").first()).isVisible();
		browser.screenshotAndCheck(page, "satisfaction-campaign");
		long id = Long.parseLong(page.url().replaceAll(".*/campaigns/(\\d+).*", "$1"));
		Campaigns.SampledUnit unit = this.campaigns.samples(id).get(0);

		// a sampled citizen answers through the one-time link
		Page citizen = browser.newPage(BrowserSession.PHONE);
		citizen.navigate("/survey/" + unit.token());
		browser.screenshotAndCheck(citizen, "satisfaction-survey");
		for (String element : List.of("access", "procedure", "officials", "result", "feedback")) {
			citizen.locator("#survey-s-" + element).selectOption("4");
		}
		citizen.locator("#survey-p-access-seats").selectOption("2");
		citizen.locator("#survey-e-access").selectOption("access.seats");
		citizen.locator("#survey-submit").click();
		assertThat(citizen.locator("h1")).hasText("Cảm ơn ông/bà đã trả lời phiếu khảo sát");
		citizen.navigate("/survey/" + unit.token());
		assertThat(citizen.locator("main")).containsText("đã được trả lời");

		// the manager sees the response, sends the invitations to the others, closes the
		// campaign and reads the report
		page.reload();
		assertThat(page.locator("#strata-table caption")).containsText("1 /");
		page.locator("#campaign-invite").click();
		assertThat(page.locator("div.alert-success[role=status]")).containsText("Đã lập thư mời cho");
		assertThat(page.locator("#campaign-invitations")).containsText("đã nhắc lại 0 lần");
		assertThat(page.locator("#campaign-remind")).hasText("Gửi nhắc lại lần 1");
		browser.screenshotAndCheck(page, "satisfaction-campaign-invited");
		page.locator("#campaign-close").click();
		assertThat(page.locator("#campaign-status")).hasText("Đã kết thúc");
		page.locator("#campaign-results").click();
		assertThat(page.locator("h1")).containsText("năm 2040");
		assertThat(page.locator("#results-index")).hasText("100,0 %");
		assertThat(page.locator("#lowest-aspects")).containsText("Nơi ngồi chờ có đủ chỗ ngồi");
		browser.screenshotAndCheck(page, "satisfaction-results");
		String pdf = page.locator("#export-pdf").getAttribute("href");
		assertThat(page.request().get(pdf).headers().get("content-type")).isEqualTo("application/pdf");
		String xlsx = page.locator("#export-xlsx").getAttribute("href");
		assertThat(page.request().get(xlsx).status()).isEqualTo(200);
	}

}
