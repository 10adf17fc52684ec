package vn.motcua.notification.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.jayway.jsonpath.JsonPath;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.IncompleteEventPublications;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.motcua.MotCuaApplication;
import vn.motcua.browser.ReturnedDossierFixture;
import vn.motcua.calendar.Deadlines;
import vn.motcua.dossier.ActionInput;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierTransitioned;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.Submission;
import vn.motcua.feedback.FeedbackAnswered;
import vn.motcua.feedback.FeedbackReceived;
import vn.motcua.payment.PaymentCompleted;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.identity.Role;
import vn.motcua.satisfaction.RatingInvited;
import vn.motcua.satisfaction.SurveyInvitationsIssued;
import vn.motcua.satisfaction.internal.Campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notices from dossier events end to end: the listener writes the outbox after commit,
 * the sender sends e-mail to a real SMTP server (GreenMail) and SMS to a real HTTP
 * gateway in this JVM, the delivery status shows on the staff and the citizen's pages,
 * the in-app message on the citizen's page; SMTP down means retries with a growing wait,
 * and nothing lost; an event delivered twice and a node that dies after claiming send
 * nothing twice; a legally required notice that reached nobody shows in the officers'
 * queues.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class NotificationTests {

	static final int SMTP_PORT = freePort();

	static GreenMail smtp = startSmtp();

	static final SmsGateway gateway = startGateway();

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("motcua.notification.sms.url", gateway::url);
		registry.add("motcua.notification.sms.token", () -> SmsGateway.TOKEN);
		registry.add("motcua.notification.sms.timeout", () -> "5s");
		registry.add("motcua.notification.public-url", () -> "https://motcua.example.vn");
		registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
	}

	@AfterAll
	static void stop() {
		smtp.stop();
		gateway.close();
	}

	@Autowired
	Dossiers dossiers;

	@Autowired
	NoticeSender sender;

	@Autowired
	DossierNotices listener;

	@Autowired
	PaymentNotices paymentListener;

	@Autowired
	FeedbackNotices feedbackListener;

	@Autowired
	SatisfactionNotices satisfactionListener;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Channels channels;

	@Autowired
	NotificationSettings settings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEvents events;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	NoticeTemplates templates;

	@Autowired
	Deliveries deliveries;

	@Autowired
	JsonMapper json;

	// ------------------------------------------------------------------ helpers

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static GreenMail startSmtp() {
		GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}

	static SmsGateway startGateway() {
		try {
			return new SmsGateway();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	Actor citizen() {
		CitizenPrincipal principal = (CitizenPrincipal) this.users.loadUserByUsername("congdan");
		return new Actor(Actor.Kind.CITIZEN, "congdan", principal.fullName(), Set.of(), null, false,
				principal.accountId(), "127.0.0.1");
	}

	static Actor officer() {
		return new Actor(Actor.Kind.STAFF, "tiepnhan.hatu", "Cán bộ một cửa Hà Tu", Set.of(Role.ONE_STOP_OFFICER),
				"06652", false, null, "127.0.0.1");
	}

	static Actor leader() {
		return new Actor(Actor.Kind.STAFF, "lanhdao.hatu", "Lãnh đạo Hà Tu", Set.of(Role.AGENCY_LEADER), "06652", false,
				null, "127.0.0.1");
	}

	/** A unique e-mail address and mobile number for one test. */
	record Contact(String email, String phone) {

		static Contact fresh() {
			String n = Long.toString(System.nanoTime() % 100_000_000L);
			String digits = ("00000000" + n).substring(n.length());
			return new Contact("nguoi.nop." + UUID.randomUUID().toString().substring(0, 8) + "@example.vn",
					"091" + digits.substring(1));
		}

		String international() {
			return "+84" + this.phone.substring(1);
		}

	}

	String submitOnline(Contact contact) {
		return this.dossiers
			.submit(new Submission("1.004884", 0, "06652",
					new Applicant("Trần Thị Bình", null, contact.phone(), contact.email(), "Tổ 3, Hà Tu"), null, null,
					"Nộp trực tuyến"), citizen(), null)
			.dossier()
			.code();
	}

	long rows(String sql, Object... params) {
		JdbcClient.StatementSpec spec = this.jdbc.sql(sql);
		for (int i = 0; i < params.length; i++) {
			spec = spec.param(i + 1, params[i]);
		}
		return spec.query(Long.class).single();
	}

	/** Waits for the listener (asynchronous, after commit) to have written rows. */
	void awaitRows(String dossierCode, String kind, int count) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (rows("select count(*) from notification_message where dossier_code = ? and kind = ?", dossierCode,
				kind) < count) {
			assertThat(System.nanoTime()).as("rows of %s / %s", dossierCode, kind).isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	/**
	 * Waits for the listener to have written rows about something else than a dossier.
	 */
	void awaitSubjectRows(String subjectRef, String kind, int count) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (rows("select count(*) from notification_message where subject_ref = ? and kind = ?", subjectRef,
				kind) < count) {
			assertThat(System.nanoTime()).as("rows of %s / %s", subjectRef, kind).isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<MimeMessage> mailTo(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((m) -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
					.anyMatch((a) -> a.toString().equals(address));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	static String body(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	Map<String, Object> row(String dossierCode, String kind, String channel) {
		return this.jdbc.sql("select * from notification_message where dossier_code = ? and kind = ? and channel = ?")
			.param(1, dossierCode)
			.param(2, kind)
			.param(3, channel)
			.query()
			.singleRow();
	}

	// ------------------------------------------------------------------ tests

	@Test
	void theApplicantIsToldByEmailSmsAndInAppWhenReceivedWithTheAppointment() throws Exception {
		Contact contact = Contact.fresh();
		String code = submitOnline(contact);
		DossierView received = this.dossiers.act(code, DossierAction.RECEIVE, ActionInput.none(), officer());
		awaitRows(code, "received", 3);
		this.sender.sendDue();

		List<MimeMessage> mails = mailTo(contact.email());
		assertThat(mails).hasSize(2);
		MimeMessage receipt = mails.stream().filter((m) -> {
			try {
				return m.getSubject().contains("đã được tiếp nhận");
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).findFirst().orElseThrow();
		String due = DossierNotices.DATE.format(received.dueAt());
		assertThat(receipt.getSubject()).isEqualTo("Hồ sơ " + code + " đã được tiếp nhận, hẹn trả kết quả " + due);
		assertThat(body(receipt)).contains("Kính gửi Trần Thị Bình")
			.contains("Ngày hẹn trả kết quả: " + due)
			.contains("https://motcua.example.vn/account/dossiers/" + code)
			.contains("Phường Hà Tu");
		assertThat(receipt.getHeader("X-MotCua-Notification")).hasSize(1);

		List<SmsGateway.Received> sms = gateway.to(contact.international());
		assertThat(sms).hasSize(2);
		assertThat(sms).anySatisfy((m) -> {
			assertThat(m.text()).isEqualTo("Ho so " + code + " da duoc tiep nhan. Hen tra ket qua: " + due
					+ ". Tra cuu: https://motcua.example.vn/account/dossiers/" + code);
			assertThat(m.from()).isEqualTo("MOTCUA");
			assertThat(m.reference()).startsWith("motcua-").isEqualTo(m.idempotencyKey());
		});

		assertThat(row(code, "received", "EMAIL")).containsEntry("status", "SENT")
			.containsEntry("attempts", 1)
			.containsEntry("legal", true);
		assertThat(row(code, "received", "IN_APP")).containsEntry("status", "DELIVERED");
		// the next round asks the gateway for the delivery report
		this.sender.sendDue(this.clock.instant().plus(Duration.ofMinutes(2)));
		assertThat(row(code, "received", "SMS")).containsEntry("status", "DELIVERED");

		// the staff page and the citizen's page show the delivery status
		this.mvc.perform(get("/workspace/dossiers/" + code).with(as("tiepnhan.hatu")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"notifications-table\"")))
			.andExpect(content().string(containsString(contact.email())))
			.andExpect(content().string(containsString("Đã đến người nhận")))
			.andExpect(content().string(containsString("Tiếp nhận hồ sơ, hẹn trả kết quả")));
		this.mvc.perform(get("/account/dossiers/" + code).with(as("congdan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"notifications-table\"")))
			.andExpect(content().string(containsString("Tin nhắn trên trang cá nhân")));
		// the in-app message on the citizen's page, read when shown
		this.mvc.perform(get("/account/notifications").with(as("congdan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hồ sơ " + code + " đã được tiếp nhận")));
		assertThat(row(code, "received", "IN_APP").get("read_at")).isNotNull();
		// in English on an English page
		this.mvc.perform(get("/account/notifications").param("lang", "en").with(as("congdan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dossier " + code + " received, result due " + due)));
	}

	@Test
	void aSupplementRequestListsThePapersAndARefusalItsReasons() throws Exception {
		Contact contact = Contact.fresh();
		String code = submitOnline(contact);
		this.dossiers.act(code, DossierAction.REQUEST_SUPPLEMENT,
				new ActionInput(null, null,
						List.of(new ActionInput.PaperNote("Tờ khai đăng ký", "Thiếu chữ ký của người yêu cầu", null)),
						null, null, null, null, null, null, null),
				officer());
		awaitRows(code, "supplement-requested", 3);
		String refused = submitOnline(contact);
		this.dossiers.act(refused, DossierAction.REFUSE, ActionInput.reason("Không thuộc thẩm quyền của xã"),
				officer());
		awaitRows(refused, "refused", 3);
		this.sender.sendDue();

		assertThat(mailTo(contact.email())).anySatisfy((m) -> {
			assertThat(m.getSubject()).isEqualTo("Hồ sơ " + code + " cần bổ sung giấy tờ");
			assertThat(body(m)).contains("Tờ khai đăng ký: Thiếu chữ ký của người yêu cầu");
		}).anySatisfy((m) -> {
			assertThat(m.getSubject()).isEqualTo("Hồ sơ " + refused + " không được tiếp nhận");
			assertThat(body(m)).contains("Lý do: Không thuộc thẩm quyền của xã");
		});
		assertThat(row(code, "supplement-requested", "EMAIL")).containsEntry("legal", true)
			.containsEntry("status", "SENT");
	}

	static DossierTransitioned transition(DossierAction action, DossierStatus from, DossierStatus to, boolean refusal) {
		return new DossierTransitioned("06652-261201-0001", action, from, to, "1.004884", "06652", "06652",
				Channel.ONLINE, 1, "chuyenvien.hatu", null, Instant.parse("2026-12-01T02:00:00Z"), null, null, refusal,
				"Lý do (căn cứ: Điều 24)");
	}

	@Test
	void aRefusalAfterAppraisalIsToldWithItsReasonsWhenThePaperIsReadyNotWhileItAwaitsApproval() throws Exception {
		// a refusal at intake is told at once; after receipt, when the refusal paper is
		// the
		// result
		assertThat(DossierNotices
			.kindOf(transition(DossierAction.REFUSE, DossierStatus.NEW, DossierStatus.NOT_RECEIVED, false)))
			.contains(NoticeKind.REFUSED);
		assertThat(DossierNotices
			.kindOf(transition(DossierAction.REFUSE, DossierStatus.PROCESSING, DossierStatus.PROCESSING, true)))
			.isEmpty();
		assertThat(DossierNotices
			.kindOf(transition(DossierAction.RESULT_READY, DossierStatus.PROCESSING, DossierStatus.RESOLVED, true)))
			.contains(NoticeKind.REFUSED_AFTER_APPRAISAL);
		assertThat(DossierNotices
			.kindOf(transition(DossierAction.RESULT_READY, DossierStatus.PROCESSING, DossierStatus.RESOLVED, false)))
			.contains(NoticeKind.RESULT_READY);
		assertThat(NoticeKind.REFUSED_AFTER_APPRAISAL.legal()).isTrue();

		Contact contact = Contact.fresh();
		String code = submitOnline(contact);
		Actor specialist = new Actor(Actor.Kind.STAFF, "chuyenvien.hatu", "Chuyên viên Hà Tu", Set.of(Role.SPECIALIST),
				"06652", false, null, "127.0.0.1");
		this.dossiers.act(code, DossierAction.RECEIVE, ActionInput.none(), officer());
		this.dossiers.act(code, DossierAction.FORWARD, ActionInput.none(), officer());
		this.dossiers.act(code, DossierAction.REFUSE,
				ActionInput.refusal("Người yêu cầu không thuộc trường hợp được đăng ký lại khai sinh",
						"Khoản 1 Điều 24 Nghị định số 123/2015/NĐ-CP"),
				specialist);
		this.dossiers.act(code, DossierAction.APPROVE, ActionInput.none(), leader());
		this.dossiers.act(code, DossierAction.RESULT_READY, ActionInput.none(), officer());
		awaitRows(code, "refused-after-appraisal", 3);
		this.sender.sendDue();

		assertThat(mailTo(contact.email())).anySatisfy((m) -> {
			assertThat(m.getSubject()).isEqualTo("Hồ sơ " + code + " không được giải quyết");
			assertThat(body(m)).contains("Qua thẩm định")
				.contains("Người yêu cầu không thuộc trường hợp được đăng ký lại khai sinh")
				.contains("căn cứ: Khoản 1 Điều 24 Nghị định số 123/2015/NĐ-CP");
		});
		assertThat(row(code, "refused-after-appraisal", "EMAIL")).containsEntry("legal", true);
		// neither "not received" nor "result ready" is said of it
		assertThat(rows("select count(*) from notification_message where dossier_code = ? and kind in (?, ?)", code,
				"refused", "result-ready"))
			.isZero();
	}

	@Test
	void aCompletedPaymentSendsOneReceiptWithTheAmountAndTheReceiptNumber() throws Exception {
		Contact contact = Contact.fresh();
		String code = submitOnline(contact);
		this.dossiers.act(code, DossierAction.RECEIVE, ActionInput.none(), officer());
		this.mvc
			.perform(post("/workspace/dossiers/" + code + "/actions/request-payment").param("amountVnd", "10000")
				.param("reason", "Lệ phí theo Nghị quyết 07/2026/NQ-HĐND")
				.with(as("tiepnhan.hatu"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		MvcResult cash = this.mvc
			.perform(post("/api/v1/payables/" + code + "/cash").with(as("tiepnhan.hatu")).with(csrf()))
			.andExpect(status().isCreated())
			.andReturn();
		String receipt = JsonPath.read(cash.getResponse().getContentAsString(), "$.receiptNumber");
		awaitRows(code, "payment-completed", 3);
		// the registry hands the same event to the listener again (as after a crash)
		PaymentCompleted paid = this.events.stream(PaymentCompleted.class)
			.filter((e) -> e.reference().equals(code))
			.findFirst()
			.orElseThrow();
		this.paymentListener.on(paid);
		this.paymentListener.on(paid);
		assertThat(rows("select count(*) from notification_message where dossier_code = ? and kind = ?", code,
				"payment-completed"))
			.isEqualTo(3);
		this.sender.sendDue();
		this.paymentListener.on(paid);
		this.sender.sendDue();

		String subject = "Hồ sơ " + code + ": đã nhận đủ phí, lệ phí 10.000 đồng";
		List<MimeMessage> receipts = mailTo(contact.email()).stream()
			.filter((m) -> subject(m).equals(subject))
			.toList();
		assertThat(receipts).hasSize(1);
		assertThat(body(receipts.get(0))).contains("Kính gửi Trần Thị Bình")
			.contains("Phường Hà Tu đã nhận đủ phí, lệ phí 10.000 đồng cho hồ sơ " + code)
			.contains("Số biên lai: " + receipt + ".")
			.contains("https://motcua.example.vn/account/dossiers/" + code);
		assertThat(gateway.to(contact.international())
			.stream()
			.filter((m) -> m.text().contains("Bien lai so " + receipt))
			.toList()).hasSize(1);
		assertThat(row(code, "payment-completed", "IN_APP")).containsEntry("status", "DELIVERED");
		assertThat(row(code, "payment-completed", "EMAIL")).containsEntry("status", "SENT")
			.containsEntry("legal", false);

		// a refund tells the amount and the reason
		int transaction = JsonPath.read(cash.getResponse().getContentAsString(), "$.id");
		this.mvc
			.perform(post("/api/v1/payments/" + transaction + "/refunds").with(as("tiepnhan.hatu"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"amountVnd\":10000,\"reason\":\"Thu nhầm, thủ tục được miễn lệ phí\"}"))
			.andExpect(status().isCreated());
		awaitRows(code, "payment-refunded", 3);
		this.sender.sendDue();
		assertThat(mailTo(contact.email()).stream()
			.filter((m) -> subject(m).equals("Hồ sơ " + code + ": hoàn trả 10.000 đồng phí, lệ phí"))
			.toList()).singleElement()
			.satisfies((m) -> assertThat(body(m)).contains("(biên lai số " + receipt + ")")
				.contains("Lý do: Thu nhầm, thủ tục được miễn lệ phí"));
	}

	@Test
	void aFeedbackIsAcknowledgedWithItsCodeAndItsPublishedAnswerSentOnceWithTheLink() throws Exception {
		Contact contact = Contact.fresh();
		MvcResult filed = this.mvc.perform(post("/feedback/new").with(csrf()).with((request) -> {
			request.setRemoteAddr("10.99.1." + (1 + (int) (System.nanoTime() % 250)));
			return request;
		})
			.param("title", "Bảng niêm yết thủ tục chưa đầy đủ")
			.param("content", "Bảng niêm yết tại bộ phận một cửa chưa ghi lệ phí của thủ tục đăng ký khai sinh.")
			.param("senderName", "Trần Thị Bình")
			.param("senderAddress", "Tổ 3, Hà Tu")
			.param("senderPhone", contact.phone())
			.param("senderEmail", contact.email())
			.param("agencyCode", "06652")).andExpect(status().is3xxRedirection()).andReturn();
		String location = filed.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/feedback/track?code=PA-");
		String code = location.substring("/feedback/track?code=".length());
		awaitSubjectRows("feedback:" + code, "feedback-received", 2);

		feedbackStep("lanhdao.hatu", code, "route", "topic", "implementation", "agencyCode", "06652");
		feedbackStep("chuyenvien.hatu", code, "answer", "legalBasis", "Nghị định 61/2018/NĐ-CP, Điều 13", "answer",
				"Phường đã bổ sung mức lệ phí vào bảng niêm yết.");
		feedbackStep("lanhdao.hatu", code, "approve");
		awaitSubjectRows("feedback:" + code, "feedback-answered", 2);
		FeedbackAnswered answered = this.events.stream(FeedbackAnswered.class)
			.filter((e) -> e.code().equals(code))
			.findFirst()
			.orElseThrow();
		this.feedbackListener.on(answered);
		this.feedbackListener.on(answered);
		this.sender.sendDue();
		this.feedbackListener.on(answered);
		this.sender.sendDue();
		assertThat(rows("select count(*) from notification_message where subject_ref = ?", "feedback:" + code))
			.isEqualTo(4);

		FeedbackReceived received = this.events.stream(FeedbackReceived.class)
			.filter((e) -> e.code().equals(code))
			.findFirst()
			.orElseThrow();
		List<MimeMessage> mails = mailTo(contact.email());
		assertThat(mails).hasSize(2);
		assertThat(mails).anySatisfy((m) -> {
			assertThat(m.getSubject()).isEqualTo("Đã tiếp nhận phản ánh, kiến nghị mã " + code);
			assertThat(body(m)).contains("Mã tra cứu: " + code + ".")
				.contains("Chậm nhất đến " + DossierNotices.DATE.format(received.forwardDueAt()))
				.contains("https://motcua.example.vn/feedback/track?code=" + code);
		}).anySatisfy((m) -> {
			assertThat(m.getSubject()).isEqualTo("Phản ánh, kiến nghị " + code + " đã có trả lời");
			assertThat(body(m)).contains("Kính gửi ông/bà")
				.contains("đã được Phường Hà Tu trả lời")
				.contains("https://motcua.example.vn/feedback/answers/" + code);
		});
		assertThat(gateway.to(contact.international())).hasSize(2)
			.anySatisfy((m) -> assertThat(m.text()).isEqualTo("Phan anh, kien nghi " + code
					+ " da co tra loi: https://motcua.example.vn/feedback/answers/" + code));
	}

	void feedbackStep(String username, String code, String action, String... params) throws Exception {
		int version = this.jdbc.sql("select lock_version from feedback_item where code = :code")
			.param("code", code)
			.query(Integer.class)
			.single();
		var request = post("/workspace/feedback/" + code + "/" + action).with(csrf())
			.with(as(username))
			.param("version", String.valueOf(version));
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		this.mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	@Test
	void anEventDeliveredAgainSendsNothingTwice() throws Exception {
		Contact contact = Contact.fresh();
		String code = submitOnline(contact);
		awaitRows(code, "submitted", 3);
		DossierTransitioned again = this.events.stream(DossierTransitioned.class)
			.filter((e) -> e.code().equals(code))
			.findFirst()
			.orElseThrow();
		// the registry hands the same event to the listener again (as after a crash)
		this.listener.on(again);
		this.listener.on(again);
		assertThat(rows("select count(*) from notification_message where dossier_code = ?", code)).isEqualTo(3);
		this.sender.sendDue();
		this.listener.on(again);
		// the registry itself: the publication looks unfinished, as after a crash between
		// the listener's commit and the registry's mark, and is resubmitted as on restart
		assertThat(this.jdbc.sql("""
				update event_publication set completion_date = null
				 where listener_id like '%DossierNotices%' and serialized_event like :code""")
			.param("code", "%" + code + "%")
			.update()).isEqualTo(1);
		this.incomplete.resubmitIncompletePublications(
				(publication) -> publication.getEvent() instanceof DossierTransitioned t && t.code().equals(code));
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (rows("select count(*) from event_publication where listener_id like '%DossierNotices%'"
				+ " and serialized_event like ? and completion_date is null", "%" + code + "%") > 0) {
			assertThat(System.nanoTime()).isLessThan(deadline);
			Thread.sleep(50);
		}
		assertThat(rows("select count(*) from notification_message where dossier_code = ?", code)).isEqualTo(3);
		this.sender.sendDue();
		assertThat(mailTo(contact.email())).as(() -> mailTo(contact.email()).stream().map((m) -> {
			try {
				return m.getSubject() + " " + Arrays.toString(m.getHeader("X-MotCua-Notification"));
			}
			catch (Exception ex) {
				return ex.toString();
			}
		}).toList().toString()).hasSize(1);
		assertThat(gateway.to(contact.international())).hasSize(1);
	}

	@Test
	void whenSmtpIsDownTheMessageIsRetriedWithAGrowingWaitAndSentOnceWhenItIsBack() throws Exception {
		Contact contact = Contact.fresh();
		String code = submitOnline(contact);
		awaitRows(code, "submitted", 3);
		smtp.stop();
		gateway.down = true;
		Instant start = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		try {
			this.sender.sendDue(start);
			Map<String, Object> mail = row(code, "submitted", "EMAIL");
			assertThat(mail).containsEntry("status", "RETRYING").containsEntry("attempts", 1);
			assertThat((String) mail.get("last_error")).contains("MailSendException");
			assertThat(((Timestamp) mail.get("next_attempt_at")).toInstant())
				.isEqualTo(start.plus(Duration.ofMinutes(1)));
			assertThat(row(code, "submitted", "SMS")).containsEntry("status", "RETRYING")
				.containsEntry("last_error", "SMS gateway answered HTTP 503: {\"error\":\"maintenance\"}");

			// not due yet: nothing is tried
			assertThat(this.sender.sendDue(start.plusSeconds(30)).claimed()).isZero();
			Instant second = start.plus(Duration.ofMinutes(1));
			this.sender.sendDue(second);
			mail = row(code, "submitted", "EMAIL");
			assertThat(mail).containsEntry("status", "RETRYING").containsEntry("attempts", 2);
			assertThat(((Timestamp) mail.get("next_attempt_at")).toInstant())
				.isEqualTo(second.plus(Duration.ofMinutes(2)));
			// the staff page says so
			this.mvc.perform(get("/workspace/dossiers/" + code).with(as("tiepnhan.hatu")))
				.andExpect(content().string(containsString("Gửi lỗi, sẽ gửi lại")));
		}
		finally {
			smtp = startSmtp();
			gateway.down = false;
		}
		this.sender.sendDue(start.plus(Duration.ofMinutes(4)));
		assertThat(row(code, "submitted", "EMAIL")).containsEntry("status", "SENT").containsEntry("attempts", 3);
		assertThat(mailTo(contact.email())).hasSize(1);
		assertThat(gateway.to(contact.international())).hasSize(1);
		this.sender.sendDue(start.plus(Duration.ofHours(3)));
		assertThat(mailTo(contact.email())).hasSize(1);
	}

	@Test
	void aMessageRetriedUpToTheLimitIsFailedNotLostAndTheBackoffIsCapped() {
		assertThat(this.sender.backoff(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(this.sender.backoff(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(this.sender.backoff(4)).isEqualTo(Duration.ofMinutes(8));
		assertThat(this.sender.backoff(7)).isEqualTo(Duration.ofHours(1));
		assertThat(this.sender.backoff(30)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void aWholeNodeStoppedBetweenClaimAndSendLosesNothingAndTheOtherSendsEachMessageOnce() throws Exception {
		// a second application node on the same database, with the same SMTP server and
		// gateway
		ConfigurableApplicationContext nodeA = new SpringApplicationBuilder(MotCuaApplication.class).run(
				"--server.port=0", "--spring.jmx.enabled=false", "--spring.main.banner-mode=off",
				"--spring.modulith.events.republish-outstanding-events-on-restart=false",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + SMTP_PORT,
				"--motcua.notification.sms.url=" + gateway.url(), "--motcua.notification.sms.token=" + SmsGateway.TOKEN,
				"--motcua.notification.public-url=https://motcua.example.vn");
		Contact contact = Contact.fresh();
		String code;
		NoticeSender senderA;
		Instant now;
		try {
			Dossiers dossiersA = nodeA.getBean(Dossiers.class);
			code = dossiersA
				.submit(new Submission("1.004884", 0, "06652",
						new Applicant("Vũ Thị Hạnh", null, contact.phone(), contact.email(), "Tổ 1, Hà Tu"), null, null,
						null), citizen(), null)
				.dossier()
				.code();
			dossiersA.act(code, DossierAction.RECEIVE, ActionInput.none(), officer());
			// node A's listener writes the outbox after the commits
			awaitRows(code, "submitted", 3);
			awaitRows(code, "received", 3);
			senderA = nodeA.getBean(NoticeSender.class);
			now = this.clock.instant();
			List<NoticeSender.Claimed> claimed = senderA.claim(now);
			assertThat(claimed).extracting(NoticeSender.Claimed::recipient).contains(contact.email(), contact.phone());
		}
		finally {
			// node A goes away with its claims, before sending anything
			nodeA.close();
		}
		assertThat(mailTo(contact.email())).isEmpty();
		assertThat(rows("select count(*) from notification_message where dossier_code = ? and status = 'SENDING'"
				+ " and claimed_by = ?", code, senderA.node()))
			.isEqualTo(4);
		// this node leaves them alone while node A's lease holds, then sends each once
		this.sender.sendDue(now.plusSeconds(30));
		assertThat(mailTo(contact.email())).isEmpty();
		this.sender.sendDue(now.plus(this.settings.sender().lease()).plusSeconds(1));
		this.sender.sendDue(now.plus(this.settings.sender().lease()).plusSeconds(2));
		assertThat(mailTo(contact.email())).hasSize(2);
		assertThat(gateway.posts.stream()
			.filter((reference) -> gateway.to(contact.international())
				.stream()
				.anyMatch((r) -> r.reference().equals(reference)))
			.count()).isEqualTo(2);
		assertThat(
				rows("select count(*) from notification_message where dossier_code = ? and channel in ('EMAIL', 'SMS')"
						+ " and status in ('SENT', 'DELIVERED') and attempts = 2", code))
			.isEqualTo(4);
	}

	@Test
	void aNodeThatDiesAfterClaimingIsTakenOverWhenItsLeaseRunsOutAndEachMessageGoesOnce() throws Exception {
		Contact first = Contact.fresh();
		Contact second = Contact.fresh();
		String one = submitOnline(first);
		String two = submitOnline(second);
		awaitRows(one, "submitted", 3);
		awaitRows(two, "submitted", 3);
		Instant now = this.clock.instant();
		// another node claims everything due, then dies before sending
		NoticeSender dying = new NoticeSender(this.jdbc, this.channels, this.settings, this.clock);
		List<NoticeSender.Claimed> claimed = dying.claim(now);
		assertThat(claimed).extracting(NoticeSender.Claimed::recipient)
			.contains(first.email(), second.email(), first.phone(), second.phone());
		assertThat(row(one, "submitted", "EMAIL")).containsEntry("status", "SENDING")
			.containsEntry("claimed_by", dying.node());

		// while its lease holds, this node leaves the rows alone
		assertThat(this.sender.sendDue(now.plusSeconds(60)).claimed()).isZero();
		assertThat(mailTo(first.email())).isEmpty();
		// after it, this node sends each message once
		Instant later = now.plus(this.settings.sender().lease()).plusSeconds(1);
		NoticeSender.Round round = this.sender.sendDue(later);
		assertThat(round.claimed()).isGreaterThanOrEqualTo(4);
		assertThat(this.sender.sendDue(later.plusSeconds(1)).claimed()).isZero();
		for (Contact contact : List.of(first, second)) {
			assertThat(mailTo(contact.email())).hasSize(1);
			assertThat(gateway.posts.stream()
				.filter((reference) -> gateway.to(contact.international())
					.stream()
					.anyMatch((r) -> r.reference().equals(reference)))
				.count()).isEqualTo(1);
		}
		assertThat(row(one, "submitted", "EMAIL")).containsEntry("status", "SENT")
			.containsEntry("attempts", 2)
			.containsEntry("claimed_by", null);
	}

	@Test
	void aRequiredNoticeThatReachesNobodyShowsInTheQueueUntilAnOfficerRecordsItWasHandedOver() throws Exception {
		// filed at the counter without e-mail or mobile number: no channel, no account
		DossierView d = this.dossiers.register(
				new Submission("1.004884", 0, "06652",
						new Applicant("Lê Văn Cường", null, "0900004321", null, "Tổ 7, Hà Tu"), null, null, null),
				Channel.COUNTER, officer());
		this.dossiers.act(d.code(), DossierAction.STOP, ActionInput.reason("Người nộp đề nghị dừng"), leader());
		awaitRows(d.code(), "stopped", 1);
		this.sender.sendDue();
		assertThat(row(d.code(), "stopped", "SMS")).containsEntry("status", "FAILED").containsEntry("legal", true);
		// the receipt handed over at the counter is not a required notice
		assertThat(
				rows("select count(*) from notification_message where dossier_code = ? and kind = 'received' and legal",
						d.code()))
			.isZero();

		this.mvc.perform(get("/workspace/dossiers").with(as("tiepnhan.hatu")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"queue-undelivered\"")))
			.andExpect(content().string(containsString(d.code())));
		// not in the queues of another commune
		this.mvc.perform(get("/workspace/dossiers").with(as("tiepnhan.binhlieu")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(d.code()))));
		String event = this.jdbc
			.sql("select event_key from notification_message where dossier_code = ? and kind = 'stopped'")
			.param(1, d.code())
			.query(String.class)
			.single();
		this.mvc
			.perform(post("/workspace/notifications/handled").param("event", event)
				.param("note", " ")
				.with(as("tiepnhan.hatu"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/workspace/notifications/handled").param("event", event)
				.param("note", "Trao thông báo giấy tại quầy")
				.with(as("tiepnhan.binhlieu"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(row(d.code(), "stopped", "SMS").get("handled_at")).isNull();
		this.mvc
			.perform(post("/workspace/notifications/handled").param("event", event)
				.param("note", "Trao thông báo giấy tại quầy")
				.with(as("tiepnhan.hatu"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(row(d.code(), "stopped", "SMS")).containsEntry("handled_by", "tiepnhan.hatu")
			.containsEntry("handled_note", "Trao thông báo giấy tại quầy");
		this.mvc.perform(get("/workspace/dossiers").with(as("tiepnhan.hatu")))
			.andExpect(content().string(not(containsString(d.code() + "</a>"))));
	}

	@Test
	void withoutAnyChannelARequiredNoticeIsRecordedAsUndeliverableAndAnOrdinaryOneOnlyInApp() {
		// a node as in the embedded default: no SMTP server, no SMS gateway
		StaticListableBeanFactory nothing = new StaticListableBeanFactory();
		Channels off = new Channels(nothing.getBeanProvider(JavaMailSender.class),
				nothing.getBeanProvider(vn.motcua.notification.SmsProvider.class), this.settings);
		assertThat(off.enabled(NoticeChannel.EMAIL)).isFalse();
		assertThat(off.enabled(NoticeChannel.SMS)).isFalse();
		NoticeOutbox outbox = new NoticeOutbox(this.jdbc, this.templates, off, this.settings, this.json);
		String code = "TEST-" + UUID.randomUUID().toString().substring(0, 8);
		List<Notice.Recipient> recipients = List.of(
				new Notice.Recipient(NoticeChannel.EMAIL, "an@example.vn", "An", null),
				new Notice.Recipient(NoticeChannel.SMS, "0912345678", "An", null),
				new Notice.Recipient(NoticeChannel.IN_APP, "account:1", "An", 1L));
		List<String> params = List.of("An", code, "Thủ tục", "17:00 01/12/2026", "Thiếu tờ khai", "https://x", "Hà Tu");
		assertThat(outbox.enqueue(new Notice("test:" + code + ":1", NoticeKind.SUPPLEMENT_REQUESTED, "dossier:" + code,
				code, "06652", "06652", true, params, recipients), this.clock.instant()))
			.isEqualTo(2);
		assertThat(outbox.enqueue(new Notice("test:" + code + ":2", NoticeKind.RESULT_READY, "dossier:" + code, code,
				"06652", "06652", false, params, recipients), this.clock.instant()))
			.isEqualTo(1);
		assertThat(this.jdbc
			.sql("select channel || '/' || status || '/' || coalesce(last_error, '') from notification_message"
					+ " where dossier_code = ? order by id")
			.param(1, code)
			.query(String.class)
			.list())
			.containsExactly("IN_APP/DELIVERED/", "NONE/FAILED/e-mail and SMS are not configured", "IN_APP/DELIVERED/");
		// the same notice again adds nothing
		assertThat(outbox.enqueue(new Notice("test:" + code + ":1", NoticeKind.SUPPLEMENT_REQUESTED, "dossier:" + code,
				code, "06652", "06652", true, params, recipients), this.clock.instant()))
			.isZero();
		assertThat(this.deliveries.undelivered(Set.of("06652"), null, 500))
			.extracting(Deliveries.Undelivered::dossierCode)
			.contains(code);
	}

	@Test
	void aRefusedNumberFailsForGoodAndTheOfficerCanSendAgain() throws Exception {
		Contact contact = new Contact("", "0900001234");
		String code = this.dossiers
			.submit(new Submission("1.004884", 0, "06652",
					new Applicant("Đỗ Văn Dũng", null, contact.phone(), null, "Hà Tu"), null, null, null), citizen(),
					null)
			.dossier()
			.code();
		this.dossiers.act(code, DossierAction.REFUSE, ActionInput.reason("Hồ sơ không đúng thủ tục"), officer());
		awaitRows(code, "refused", 2);
		this.sender.sendDue();
		Map<String, Object> sms = row(code, "refused", "SMS");
		assertThat(sms).containsEntry("status", "FAILED").containsEntry("attempts", 1);
		assertThat((String) sms.get("last_error")).contains("HTTP 400");
		// the in-app message is unread: the refusal reached nobody yet
		this.mvc.perform(get("/workspace/dossiers/" + code).with(as("tiepnhan.hatu")))
			.andExpect(content().string(containsString("id=\"notification-undelivered\"")));
		String event = (String) sms.get("event_key");
		this.mvc
			.perform(
					post("/workspace/notifications/retry").param("event", event).with(as("tiepnhan.hatu")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(row(code, "refused", "SMS")).containsEntry("status", "QUEUED");
		this.sender.sendDue();
		assertThat(row(code, "refused", "SMS")).containsEntry("status", "FAILED").containsEntry("attempts", 2);
		// once the citizen read the in-app message, it counts as delivered
		this.mvc.perform(get("/account/notifications").with(as("congdan"))).andExpect(status().isOk());
		this.mvc.perform(get("/workspace/dossiers/" + code).with(as("tiepnhan.hatu")))
			.andExpect(content().string(not(containsString("id=\"notification-undelivered\""))));
	}

	// ------------------------------------------------------------------ satisfaction

	String token(String table, String column, Object value) {
		return this.jdbc.sql("select token from " + table + " where " + column + " = ?")
			.param(1, value)
			.query(String.class)
			.single();
	}

	void awaitEventRows(String eventKeyPattern, int count) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (rows("select count(*) from notification_message where event_key like ?", eventKeyPattern) < count) {
			assertThat(System.nanoTime()).as("rows of %s", eventKeyPattern).isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	@Test
	void aReturnedDossierSendsTheRatingLinkOnceByEmailSmsAndInApp() throws Exception {
		Contact contact = Contact.fresh();
		String code = ReturnedDossierFixture.returnedOnline(this.dossiers, citizen(), contact.phone(), contact.email());
		awaitRows(code, "rating-invited", 3);
		Map<String, Object> invitation = this.jdbc
			.sql("select token, agency_code, desk_agency_code, expires_at, created_at from satisfaction_invitation"
					+ " where dossier_code = ?")
			.param(1, code)
			.query()
			.singleRow();
		String link = "https://motcua.example.vn/rate/" + invitation.get("token");
		// the registry hands the same event to the listener again (as after a crash)
		RatingInvited again = new RatingInvited(code, (String) invitation.get("agency_code"),
				(String) invitation.get("desk_agency_code"), "/rate/" + invitation.get("token"),
				((Timestamp) invitation.get("expires_at")).toInstant(),
				((Timestamp) invitation.get("created_at")).toInstant());
		this.satisfactionListener.on(again);
		this.satisfactionListener.on(again);
		assertThat(rows("select count(*) from notification_message where dossier_code = ? and kind = ?", code,
				"rating-invited"))
			.isEqualTo(3);
		this.sender.sendDue();
		this.satisfactionListener.on(again);
		this.sender.sendDue();

		String expires = DossierNotices.DATE.format(again.expiresAt());
		List<MimeMessage> invitations = mailTo(contact.email()).stream()
			.filter((m) -> subject(m).equals("Mời ông/bà đánh giá việc giải quyết hồ sơ " + code))
			.toList();
		assertThat(invitations).singleElement()
			.satisfies((m) -> assertThat(body(m)).contains("Kính gửi Trần Thị Hoa")
				.containsPattern(java.util.regex.Pattern.quote(link) + "\\s")
				.contains("dùng được một lần, đến " + expires)
				.contains("Phường Hà Tu"));
		assertThat(gateway.to(contact.international()).stream().filter((m) -> m.text().contains("/rate/")).toList())
			.singleElement()
			.satisfies((m) -> assertThat(m.text())
				.isEqualTo("Moi ong/ba danh gia viec giai quyet ho so " + code + ": " + link));
		assertThat(row(code, "rating-invited", "IN_APP")).containsEntry("status", "DELIVERED")
			.containsEntry("legal", false);
		this.mvc.perform(get("/account/notifications").with(as("congdan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mời ông/bà đánh giá việc giải quyết hồ sơ " + code)))
			.andExpect(content().string(containsString(link)));
		// the rating page the link opens
		this.mvc.perform(get("/rate/" + invitation.get("token"))).andExpect(status().isOk());
	}

	@Test
	void aSurveyInvitesEachSampledPersonOnceAndRemindsOnlyThoseWhoHaveNotAnswered() throws Exception {
		Contact byMail = Contact.fresh();
		Contact byPhone = Contact.fresh();
		Contact answering = Contact.fresh();
		String mailed = ReturnedDossierFixture.returned(this.dossiers, Channel.COUNTER, byMail.phone(), byMail.email());
		String phoned = ReturnedDossierFixture.returned(this.dossiers, Channel.COUNTER, byPhone.phone(), null);
		String answered = ReturnedDossierFixture.returned(this.dossiers, Channel.COUNTER, answering.phone(),
				answering.email());
		// today's returns at Hà Tu, all sampled (smallest margin, lowest response rate)
		LocalDate today = LocalDate.now(this.clock.withZone(Deadlines.VIETNAM));
		Campaigns.Campaign campaign = this.campaigns.create(new Campaigns.CampaignForm("Khảo sát SIPAS thử nghiệm",
				2034, "06652", today, today, new BigDecimal("0.005"), new BigDecimal("0.05"), 3L), "khaosat.snv");
		long id = campaign.id();
		this.campaigns.sample(id);
		Map<String, Campaigns.SampledUnit> units = new java.util.HashMap<>();
		this.campaigns.samples(id).forEach((u) -> units.put(u.dossierCode(), u));
		assertThat(units).containsKeys(mailed, phoned, answered);
		assertThat(units.get(mailed).contact()).isEqualTo(byMail.email());
		assertThat(units.get(phoned).contact()).isEqualTo(byPhone.phone());

		Campaigns.Round invitation = this.campaigns.invite(id, "khaosat.snv");
		assertThat(invitation.round()).isZero();
		awaitEventRows("survey:" + id + ":%:invitation", invitation.recipients());
		SurveyInvitationsIssued issued = new SurveyInvitationsIssued(id, campaign.name(), 0, this.clock.instant());
		this.satisfactionListener.on(issued);
		this.sender.sendDue();
		this.satisfactionListener.on(issued);
		this.sender.sendDue();
		assertThat(rows("select count(*) from notification_message where subject_ref = ? and kind = 'survey-invited'",
				"survey:" + id))
			.isEqualTo(invitation.recipients());
		// survey notices are not shown on the dossier's pages
		assertThat(rows("select count(*) from notification_message where subject_ref = ? and dossier_code is not null",
				"survey:" + id))
			.isZero();

		String subject = "Mời ông/bà tham gia khảo sát sự hài lòng về việc giải quyết hồ sơ ";
		String mailLink = "https://motcua.example.vn/survey/" + units.get(mailed).token();
		assertThat(mailTo(byMail.email()).stream().filter((m) -> subject(m).equals(subject + mailed)).toList())
			.singleElement()
			.satisfies((m) -> assertThat(body(m)).contains("Kính gửi ông/bà")
				.contains("đợt Khảo sát SIPAS thử nghiệm")
				.contains("hồ sơ " + mailed + " tại Phường Hà Tu")
				.contains(mailLink));
		// the sample keeps the e-mail address when there is one: no SMS besides
		assertThat(gateway.to(byMail.international()).stream().filter((m) -> m.text().contains("/survey/"))).isEmpty();
		String phoneLink = "https://motcua.example.vn/survey/" + units.get(phoned).token();
		assertThat(gateway.to(byPhone.international()).stream().filter((m) -> m.text().contains("/survey/")).toList())
			.singleElement()
			.satisfies((m) -> assertThat(m.text())
				.isEqualTo("Moi ong/ba tra loi phieu khao sat su hai long ve ho so " + phoned + ": " + phoneLink));

		// one answers through the link; the reminder goes to the others only
		this.mvc
			.perform(post("/api/v1/surveys/" + units.get(answered).token()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"satisfaction":{"access":5,"procedure":4,"officials":5,"result":4,"feedback":3}}"""))
			.andExpect(status().isCreated());
		Campaigns.Round reminder = this.campaigns.remind(id, "khaosat.snv");
		assertThat(reminder.round()).isEqualTo(1);
		assertThat(reminder.recipients()).isEqualTo(invitation.recipients() - 1);
		awaitEventRows("survey:" + id + ":%:reminder:1", reminder.recipients());
		SurveyInvitationsIssued reminded = new SurveyInvitationsIssued(id, campaign.name(), 1, this.clock.instant());
		this.satisfactionListener.on(reminded);
		this.sender.sendDue();
		this.satisfactionListener.on(reminded);
		this.sender.sendDue();
		assertThat(rows("select count(*) from notification_message where subject_ref = ? and kind = 'survey-reminder'",
				"survey:" + id))
			.isEqualTo(reminder.recipients());
		assertThat(mailTo(byMail.email())).filteredOn((m) -> subject(m).startsWith("Nhắc lại"))
			.singleElement()
			.satisfies((m) -> assertThat(body(m)).contains("chưa nhận được phiếu trả lời").contains(mailLink));
		assertThat(mailTo(answering.email())).filteredOn((m) -> subject(m).equals(subject + answered)).hasSize(1);
		assertThat(mailTo(answering.email())).filteredOn((m) -> subject(m).startsWith("Nhắc lại")).isEmpty();

		// the campaign page counts the messages of each round by channel and status
		this.mvc.perform(get("/workspace/satisfaction/campaigns/" + id).with(as("khaosat.snv")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"campaign-deliveries-table\"")))
			.andExpect(content().string(containsString("Nhắc lại lần 1")))
			.andExpect(content().string(not(containsString("id=\"campaign-channels-off\""))));
		// the second reminder is a message of its own; a closed campaign sends nothing
		// more
		this.campaigns.remind(id, "khaosat.snv");
		awaitEventRows("survey:" + id + ":%:reminder:2", reminder.recipients());
		assertThat(mailTo(byMail.email())).filteredOn((m) -> subject(m).startsWith("Nhắc lại")).hasSize(1);
		this.sender.sendDue();
		assertThat(mailTo(byMail.email())).filteredOn((m) -> subject(m).startsWith("Nhắc lại")).hasSize(2);
		this.campaigns.close(id);
		this.satisfactionListener.on(new SurveyInvitationsIssued(id, campaign.name(), 3, this.clock.instant()));
		assertThat(rows("select count(*) from notification_message where event_key like ?",
				"survey:" + id + ":%:reminder:3"))
			.isZero();
	}

}
