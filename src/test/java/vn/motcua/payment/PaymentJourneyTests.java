package vn.motcua.payment;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.motcua.calendar.Deadlines;
import vn.motcua.dossier.ActionInput;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.Submission;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.identity.Role;
import vn.motcua.payment.internal.VnpayProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Fees and payments of a dossier end to end, on the demo commune of Hà Tu with procedure
 * 1.004884 (the fee is set by the province): assessment from the schedule when payment is
 * asked for (status 6), online payment through VNPAY with its IPN callback (forged,
 * replayed and mismatched callbacks refused), cash at the counter with a numbered
 * receipt, refunds, the daily cash report and the reconciliation; the dossier resumes
 * once paid.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PaymentJourneyTests {

	static final String PROCEDURE = "1.004884";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Dossiers dossiers;

	@Autowired
	Payables payables;

	@Autowired
	VnpayProperties vnpay;

	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	static Actor officer() {
		return new Actor(Actor.Kind.STAFF, "tiepnhan.hatu", "Cán bộ Hà Tu", Set.of(Role.ONE_STOP_OFFICER), "06652",
				false, null, "127.0.0.1");
	}

	Actor citizen() {
		CitizenPrincipal congdan = (CitizenPrincipal) this.users.loadUserByUsername("congdan");
		return new Actor(Actor.Kind.CITIZEN, "congdan", congdan.fullName(), Set.of(), null, false, congdan.accountId(),
				"127.0.0.1");
	}

	static Submission submission(String name, String phone) {
		return new Submission(PROCEDURE, 0, "06652", new Applicant(name, null, phone, null, "Hà Tu"), null, null, null);
	}

	ResultActions act(String user, String code, String action, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/dossiers/" + code + "/actions/" + action).with(as(user))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	ResultActions ipn(Map<String, String> parameters) throws Exception {
		MockHttpServletRequestBuilder request = get("/api/v1/payments/vnpay/ipn");
		parameters.forEach(request::queryParam);
		return this.mvc.perform(request);
	}

	int dossierStatus(String code) {
		return this.dossiers.find(code, officer()).orElseThrow().status();
	}

	@Test
	void theCitizenPaysOnlineOnceAndTheDossierResumes() throws Exception {
		String code = this.dossiers.submit(submission("Trần Thị Bích Ngọc", "0912349901"), citizen(), null)
			.dossier()
			.code();
		this.dossiers.act(code, DossierAction.RECEIVE, ActionInput.none(), officer());

		// the officer can charge only what the schedule lists, a provincial amount only
		// with its legal basis
		act("tiepnhan.hatu", code, "request-payment", """
				{"reason":"Lệ phí đăng ký","fees":[{"feeIndex":3}]}""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("payment.fee.not-in-schedule"))
			.andExpect(jsonPath("$.field").value("fees[0].feeIndex"));
		act("tiepnhan.hatu", code, "request-payment", """
				{"reason":"Lệ phí đăng ký","fees":[{"feeIndex":0,"unitAmountVnd":8000}]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("payment.fee.reason-required"))
			.andExpect(jsonPath("$.field").value("fees[0].legalReason"));
		assertThat(dossierStatus(code)).isEqualTo(2);
		assertThat(this.payables.find(code)).isEmpty();
		act("tiepnhan.hatu", code, "request-payment", """
				{"reason":"Lệ phí đăng ký lại khai sinh","fees":[{"feeIndex":0,"quantity":1,"unitAmountVnd":8000,
				 "legalReason":"Nghị quyết của HĐND tỉnh Quảng Ninh về lệ phí hộ tịch"}]}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(6))
			.andExpect(jsonPath("$.payment.amountVnd").value(8000));
		this.mvc.perform(get("/api/v1/payables/" + code).with(as("tiepnhan.hatu")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DUE"))
			.andExpect(jsonPath("$.amountVnd").value(8000))
			.andExpect(
					jsonPath("$.lines[0].legalReason").value("Nghị quyết của HĐND tỉnh Quảng Ninh về lệ phí hộ tịch"));
		// only the one who pays sees it
		this.mvc.perform(get("/api/v1/payables/" + code).with(as("tiepnhan.binhlieu")))
			.andExpect(status().isForbidden());
		long payableId = this.payables.find(code).orElseThrow().id();

		// the citizen's dossier page offers to pay online; another citizen cannot
		this.mvc.perform(get("/account/dossiers/" + code).with(as("congdan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"pay-online\"")));
		this.mvc
			.perform(post("/account/payments/" + payableId + "/online").param("returnTo", "/account/dossiers/" + code)
				.with(as("congdan2"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("paymentError", containsString("người nộp")));
		MvcResult redirect = this.mvc
			.perform(post("/account/payments/" + payableId + "/online").param("returnTo", "/account/dossiers/" + code)
				.with(as("congdan"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/account/payments/checkout"))
			.andReturn();
		URI gateway = URI.create((String) redirect.getFlashMap().get("gatewayUrl"));
		// the page with the link to the gateway is seen once (PaymentBrowserTests follows
		// it)
		this.mvc.perform(get("/account/payments/checkout").with(as("congdan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"checkout-none\"")));
		assertThat(gateway.toString()).startsWith(this.vnpay.payUrl() + "?");
		Map<String, String> order = query(gateway);
		assertThat(order).containsEntry("vnp_Amount", "800000").containsKey("vnp_SecureHash");
		String txnRef = order.get("vnp_TxnRef");

		String tmn = this.vnpay.tmnCode();
		String secret = this.vnpay.hashSecret();
		Map<String, String> paid = GatewaySimulator.callback(tmn, txnRef, 8000, "14070001", "00");
		// forged: signed with another key
		ipn(GatewaySimulator.signed(paid, "not-the-secret")).andExpect(status().isOk())
			.andExpect(jsonPath("$.RspCode").value("97"));
		// tampered after signing
		Map<String, String> tampered = new LinkedHashMap<>(GatewaySimulator.signed(paid, secret));
		tampered.put("vnp_Amount", "80000000");
		ipn(tampered).andExpect(jsonPath("$.RspCode").value("97"));
		// an order we never made
		ipn(GatewaySimulator.signed(GatewaySimulator.callback(tmn, "999999-nothing", 8000, "14070002", "00"), secret))
			.andExpect(jsonPath("$.RspCode").value("01"));
		// an amount that is not the order's
		ipn(GatewaySimulator.signed(GatewaySimulator.callback(tmn, txnRef, 800, "14070001", "00"), secret))
			.andExpect(jsonPath("$.RspCode").value("04"));
		assertThat(this.payables.find(code).orElseThrow().paidVnd()).isZero();
		// the genuine callback, then its replay
		ipn(GatewaySimulator.signed(paid, secret)).andExpect(status().isOk())
			.andExpect(jsonPath("$.RspCode").value("00"))
			.andExpect(jsonPath("$.Message").value("Confirm Success"));
		ipn(GatewaySimulator.signed(paid, secret)).andExpect(jsonPath("$.RspCode").value("02"));
		PayableView payable = this.payables.find(code).orElseThrow();
		assertThat(payable.status()).isEqualTo(PayableStatus.PAID);
		assertThat(payable.paidVnd()).isEqualTo(8000);
		assertThat(payable.transactions()).singleElement().satisfies((tx) -> {
			assertThat(tx.provider()).isEqualTo("VNPAY");
			assertThat(tx.providerRef()).isEqualTo("14070001");
		});

		// the dossier leaves status 6 by itself, once
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> dossierStatus(code) == 2);
		DossierView dossier = this.dossiers.find(code, officer()).orElseThrow();
		assertThat(dossier.payment().paidAt()).isNotNull();
		assertThat(dossier.history()).filteredOn((h) -> h.action().equals("payment-received"))
			.singleElement()
			.satisfies((h) -> assertThat(h.actor()).isEqualTo("system"));

		// the return page tells the payer, and refuses a forged return
		MockHttpServletRequestBuilder back = get("/payments/vnpay/return");
		GatewaySimulator.signed(paid, secret).forEach(back::queryParam);
		this.mvc.perform(back)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"return-success\"")))
			.andExpect(content().string(containsString("/account/dossiers/" + code)));
		MockHttpServletRequestBuilder forged = get("/payments/vnpay/return");
		GatewaySimulator.signed(paid, "x").forEach(forged::queryParam);
		this.mvc.perform(forged).andExpect(content().string(containsString("id=\"return-invalid\"")));

		// the e-receipt, in Vietnamese
		String receipt = payable.transactions().get(0).receiptNumber();
		byte[] pdf = this.mvc.perform(get("/account/payments/receipts/" + receipt).with(as("congdan")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = text(pdf);
		assertThat(text).contains("BIÊN LAI THU PHÍ, LỆ PHÍ", "Trần Thị Bích Ngọc", "Tám nghìn đồng", receipt,
				"14070001", "Nghị quyết của HĐND tỉnh Quảng Ninh");
		this.mvc.perform(get("/account/payments/receipts/" + receipt).with(as("congdan2")))
			.andExpect(status().isForbidden());

		// reconciliation: the order, the gateway's word and what was credited agree
		LocalDate today = LocalDate.now(Deadlines.VIETNAM);
		this.mvc
			.perform(get("/api/v1/payments/reconciliation").param("from", today.minusDays(1).toString())
				.param("to", today.plusDays(1).toString())
				.with(as("tiepnhan.hatu")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.txnRef == '" + txnRef + "')].verdict").value("OK"))
			.andExpect(jsonPath("$[?(@.txnRef == '" + txnRef + "')].creditedVnd").value(8000));
		this.mvc.perform(get("/workspace/payments/reconciliation").with(as("tiepnhan.hatu")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(txnRef)));
	}

	@Test
	void theOfficerTakesCashWithANumberedReceiptAndRefundsWithAReason() throws Exception {
		String code = this.dossiers.register(submission("Lê Văn Thành", "0912349902"), Channel.COUNTER, officer())
			.code();
		// from the staff page: a total for the one fee of the schedule, the reason
		// recorded as its legal basis
		this.mvc
			.perform(post("/workspace/dossiers/" + code + "/actions/request-payment").param("amountVnd", "10000")
				.param("reason", "Lệ phí theo Nghị quyết 07/2026/NQ-HĐND")
				.with(as("tiepnhan.hatu"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(dossierStatus(code)).isEqualTo(6);
		PayableView due = this.payables.find(code).orElseThrow();
		assertThat(due.amountVnd()).isEqualTo(10_000);
		assertThat(due.lines().get(0).legalReason()).isEqualTo("Lệ phí theo Nghị quyết 07/2026/NQ-HĐND");
		// declaring it paid without taking the money is refused
		act("tiepnhan.hatu", code, "payment-received", "{}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("dossier.payment.unpaid"));
		// a second payable while one is due
		act("tiepnhan.hatu", code, "request-payment", "{\"amountVnd\":10000,\"reason\":\"x\"}")
			.andExpect(status().isConflict());

		this.mvc.perform(get("/workspace/dossiers/" + code).with(as("tiepnhan.hatu")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"take-cash\"")));
		// officers of another commune, and specialists, do not take money
		this.mvc
			.perform(post("/workspace/payments/" + due.id() + "/cash").param("returnTo", "/workspace/dossiers/" + code)
				.with(as("tiepnhan.binhlieu"))
				.with(csrf()))
			.andExpect(flash().attributeExists("paymentError"));
		this.mvc
			.perform(post("/workspace/payments/" + due.id() + "/cash").param("returnTo", "/workspace/dossiers/" + code)
				.with(as("chuyenvien.hatu"))
				.with(csrf()))
			.andExpect(flash().attributeExists("paymentError"));
		assertThat(this.payables.find(code).orElseThrow().status()).isEqualTo(PayableStatus.DUE);

		int year = LocalDate.now(Deadlines.VIETNAM).getYear();
		MvcResult cash = this.mvc
			.perform(post("/api/v1/payables/" + code + "/cash").with(as("tiepnhan.hatu")).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.receiptNumber").value(matchesPattern("06652-" + year + "-\\d{6}")))
			.andExpect(jsonPath("$.amountVnd").value(10000))
			.andReturn();
		String receipt = JsonPath.read(cash.getResponse().getContentAsString(), "$.receiptNumber");
		int txId = JsonPath.read(cash.getResponse().getContentAsString(), "$.id");
		// a double click takes nothing more
		this.mvc.perform(post("/api/v1/payables/" + code + "/cash").with(as("tiepnhan.hatu")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("payment.already-paid"));
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> dossierStatus(code) == 2);

		byte[] pdf = this.mvc.perform(get("/workspace/payments/receipts/" + receipt).with(as("tiepnhan.hatu")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(text(pdf)).contains("BIÊN LAI THU PHÍ, LỆ PHÍ", "Lê Văn Thành", "Mười nghìn đồng",
				"tiền mặt tại quầy", "Số: " + receipt);

		// refunds: a reason, never more than was paid
		this.mvc
			.perform(post("/api/v1/payments/" + txId + "/refunds").with(as("tiepnhan.hatu"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"amountVnd\":10000}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("payment.refund.reason-required"));
		this.mvc
			.perform(post("/api/v1/payments/" + txId + "/refunds").with(as("tiepnhan.hatu"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"amountVnd\":20000,\"reason\":\"Thu nhầm\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("payment.refund.too-much"));
		this.mvc
			.perform(post("/api/v1/payments/" + txId + "/refunds").with(as("tiepnhan.hatu"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"amountVnd\":10000,\"reason\":\"Hồ sơ được miễn lệ phí theo Nghị quyết, thu nhầm\"}"))
			.andExpect(status().isCreated());
		assertThat(this.payables.find(code).orElseThrow().status()).isEqualTo(PayableStatus.REFUNDED);

		// the day of the counter: the receipt and the refund, as a page, JSON and Excel
		String today = LocalDate.now(Deadlines.VIETNAM).toString();
		this.mvc
			.perform(get("/api/v1/payments/cash-report").param("desk", "06652")
				.param("date", today)
				.with(as("tiepnhan.hatu")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[?(@.kind == 'PAYMENT' && @.receiptNumber == '" + receipt + "')].amountVnd")
				.value(10000))
			.andExpect(jsonPath("$.entries[?(@.kind == 'PAYMENT' && @.receiptNumber == '" + receipt + "')].payer")
				.value("L*** V*** Thành"))
			.andExpect(jsonPath("$.entries[?(@.kind == 'REFUND' && @.receiptNumber == '" + receipt + "')].reason")
				.value("Hồ sơ được miễn lệ phí theo Nghị quyết, thu nhầm"))
			.andExpect(jsonPath(
					"$.entries[?(@.kind == 'REFUND' && @.receiptNumber == '" + receipt + "')]" + ".signedAmountVnd")
				.value(-10000))
			.andExpect(jsonPath("$.entries[0].payerName").doesNotExist());
		this.mvc
			.perform(get("/api/v1/payments/cash-report").param("desk", "06652")
				.param("date", today)
				.with(as("tiepnhan.binhlieu")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/workspace/payments/cash-report").param("date", today).with(as("tiepnhan.hatu")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(receipt)));
		byte[] excel = this.mvc
			.perform(get("/workspace/payments/cash-report.xlsx").param("desk", "06652")
				.param("date", today)
				.with(as("tiepnhan.hatu")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(excel))) {
			boolean found = false;
			for (var row : book.getSheetAt(0)) {
				if (row.getCell(1) != null && receipt.equals(row.getCell(1).getStringCellValue())) {
					found = true;
				}
			}
			assertThat(found).as("receipt in the workbook").isTrue();
		}
	}

	@Test
	void feeAssessmentApiExplainsTheScheduleAndRefusesWhatIsNotInIt() throws Exception {
		int version = JsonPath.read(
				this.mvc.perform(get("/api/v1/procedures/" + PROCEDURE)).andReturn().getResponse().getContentAsString(),
				"$.version");
		this.mvc
			.perform(post("/api/v1/fees/assessment").with(as("tiepnhan.hatu"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"procedureCode":"%s","procedureVersion":%d,"caseIndex":0,"fees":[{"feeIndex":0,"quantity":2,
						 "unitAmountVnd":8000,"legalReason":"NQ 07/2026","exemption":"POOR_HOUSEHOLD"}]}"""
					.formatted(PROCEDURE, version)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[0].exemption").value("POOR_HOUSEHOLD"))
			.andExpect(jsonPath("$.lines[0].amountVnd").value(0))
			.andExpect(jsonPath("$.totalVnd").value(0));
		this.mvc
			.perform(post("/api/v1/fees/assessment").with(as("tiepnhan.hatu"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"procedureCode":"%s","procedureVersion":%d,"caseIndex":0,"fees":[{"feeIndex":0,
						 "unitAmountVnd":8000,"legalReason":"NQ","exemption":"CHILD"}]}""".formatted(PROCEDURE,
						version)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("payment.fee.exemption-not-in-schedule"))
			.andExpect(jsonPath("$.detail").value(containsString("CHILD")));
		this.mvc
			.perform(post("/api/v1/fees/assessment").with(as("tiepnhan.hatu"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"procedureCode\":\"" + PROCEDURE + "\",\"procedureVersion\":" + version
						+ ",\"caseIndex\":7,\"fees\":[]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("payment.case-unknown"));
	}

	@Test
	void theApiIsDescribedInOpenApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/fees/assessment")))
			.andExpect(content().string(containsString("/api/v1/payables/{reference}/cash")))
			.andExpect(content().string(containsString("/api/v1/payments/{transactionId}/refunds")))
			.andExpect(content().string(containsString("/api/v1/payments/vnpay/ipn")))
			.andExpect(content().string(containsString("/api/v1/payments/reconciliation")))
			.andExpect(content().string(containsString("/api/v1/payments/refund-requests/{requestId}/retry")))
			.andExpect(content().string(containsString("/api/v1/payments/orders/{txnRef}/query")))
			.andExpect(content().string(containsString("refundRequests")));
	}

	static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	static Map<String, String> query(URI url) {
		Map<String, String> query = new LinkedHashMap<>();
		for (String pair : url.getRawQuery().split("&")) {
			int eq = pair.indexOf('=');
			query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return query;
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
