package vn.motcua.dossier.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.motcua.document.OfficialForms;
import vn.motcua.document.ResultDocument;
import vn.motcua.document.ResultDocuments;
import vn.motcua.document.SampleFiles;
import vn.motcua.document.SampleForms;
import vn.motcua.dossier.ActionInput;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.Submission;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.identity.Role;
import vn.motcua.identity.StaffPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Officers upload the signed result of a dossier (PDF only, signed here with the agency
 * certificate on request); the citizen sees the verification and downloads the result
 * once it is ready, not before.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossierResultPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Dossiers dossiers;

	@Autowired
	OfficialForms forms;

	@Autowired
	ResultDocuments results;

	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	Actor actor(String username) {
		Object principal = this.users.loadUserByUsername(username);
		if (principal instanceof StaffPrincipal staff) {
			return new Actor(Actor.Kind.STAFF, staff.getUsername(), staff.fullName(), staff.roles(), staff.agencyCode(),
					staff.includesSubAgencies(), staff.accountId(), "127.0.0.1");
		}
		CitizenPrincipal citizen = (CitizenPrincipal) principal;
		return new Actor(Actor.Kind.CITIZEN, citizen.getUsername(), citizen.fullName(), java.util.Set.of(), null, false,
				citizen.accountId(), "127.0.0.1");
	}

	/** An online dossier of congdan, received by the Hà Tu desk. */
	DossierView received() {
		DossierView d = this.dossiers
			.submit(new Submission("1.004884", 0, "06652",
					new Applicant("Công dân Demo", null, "0977777777", null, "Tổ 1, Hà Tu"), null, null, null),
					actor("congdan"), UUID.randomUUID().toString())
			.dossier();
		return this.dossiers.act(d.code(), DossierAction.RECEIVE, ActionInput.none(), actor("tiepnhan.hatu"));
	}

	/** Takes the dossier through its internal process to status 9, result ready. */
	DossierView resolve(DossierView dossier) {
		DossierView d = dossier;
		for (int i = 0; i < 10 && d.status() != 9; i++) {
			String role = (d.currentStep() != null) ? d.process().get(d.currentStep()).role() : "ONE_STOP_OFFICER";
			if (role.endsWith("LEADER") && !d.approved()) {
				d = this.dossiers.act(d.code(), DossierAction.APPROVE, ActionInput.none(), actor("lanhdao.hatu"));
			}
			else if (d.approved()) {
				d = this.dossiers.act(d.code(), DossierAction.RESULT_READY, ActionInput.none(), actor("tiepnhan.hatu"));
			}
			else {
				String user = role.equals(Role.SPECIALIST.name()) ? "chuyenvien.hatu" : "tiepnhan.hatu";
				d = this.dossiers.act(d.code(), DossierAction.FORWARD, ActionInput.none(), actor(user));
			}
		}
		assertThat(d.status()).isEqualTo(9);
		return d;
	}

	@Test
	void anOfficerUploadsASignedResultAndTheCitizenDownloadsItOnceReady() throws Exception {
		DossierView d = received();
		byte[] pdf = this.forms.refusal(SampleForms.refusal());

		this.mvc
			.perform(multipart("/workspace/dossiers/" + d.code() + "/results")
				.file(new MockMultipartFile("result", "giay-khai-sinh.pdf", "application/pdf", pdf))
				.param("sign", "true")
				.with(csrf())
				.with(as("chuyenvien.hatu")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/workspace/dossiers/" + d.code() + "#results"));
		List<ResultDocument> stored = this.results.of(d.code());
		assertThat(stored).singleElement().satisfies((r) -> assertThat(r.signedHere()).isTrue());
		String id = stored.get(0).documentId().toString();

		this.mvc.perform(get("/workspace/dossiers/" + d.code()).with(as("tiepnhan.hatu")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("giay-khai-sinh.pdf")))
			.andExpect(content().string(containsString("Chữ ký số hợp lệ.")))
			.andExpect(content().string(containsString("Tài liệu không bị thay đổi kể từ khi ký.")))
			.andExpect(content().string(containsString("Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh (demo)")));

		// not before the result is ready
		String citizenPage = "/account/dossiers/" + d.code();
		this.mvc.perform(get(citizenPage).with(as("congdan")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("giay-khai-sinh.pdf"))));
		this.mvc.perform(get(citizenPage + "/results/" + id).with(as("congdan"))).andExpect(status().isNotFound());

		resolve(d);
		this.mvc.perform(get(citizenPage).with(as("congdan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("giay-khai-sinh.pdf")))
			.andExpect(content().string(containsString("Chữ ký số hợp lệ.")))
			.andExpect(content().string(containsString("Người ký: Trung tâm Phục vụ hành chính công")));
		byte[] downloaded = this.mvc.perform(get(citizenPage + "/results/" + id).with(as("congdan")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(this.results.verify(downloaded).status()).isEqualTo(vn.motcua.document.SignatureCheck.Status.VALID);
		// another citizen gets nothing
		this.mvc.perform(get(citizenPage + "/results/" + id).with(as("congdan2")))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void anUploadThatIsNoPdfIsRefusedBesideTheField() throws Exception {
		DossierView d = received();
		this.mvc
			.perform(multipart("/workspace/dossiers/" + d.code() + "/results")
				.file(new MockMultipartFile("result", "ket-qua.pdf", "application/pdf", SampleFiles.png()))
				.with(csrf())
				.with(as("chuyenvien.hatu")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("không phải là tệp PDF")))
			.andExpect(content().string(containsString("id=\"result-error\"")));
		this.mvc
			.perform(multipart("/workspace/dossiers/" + d.code() + "/results")
				.file(new MockMultipartFile("result", "ket-qua.pdf", "application/pdf", new byte[0]))
				.with(csrf())
				.with(as("chuyenvien.hatu")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Hãy chọn tệp PDF kết quả.")));
		assertThat(this.results.of(d.code())).isEmpty();
		// an inspector sees the dossier but does not process it
		this.mvc
			.perform(multipart("/workspace/dossiers/" + d.code() + "/results")
				.file(new MockMultipartFile("result", "ket-qua.pdf", "application/pdf", SampleFiles.pdf()))
				.with(csrf())
				.with(as("khaosat.snv")))
			.andExpect(status().is4xxClientError());
		assertThat(this.results.of(d.code())).isEmpty();
	}

	@Test
	void theApiTakesTheResultListsItWithItsVerificationAndRefusesActiveContent() throws Exception {
		DossierView d = received();
		String base = "/api/v1/dossiers/" + d.code() + "/results";
		this.mvc
			.perform(multipart(base)
				.file(new MockMultipartFile("file", "quyet-dinh.pdf", "application/pdf",
						this.forms.apology(SampleForms.apology())))
				.param("sign", "true")
				.with(csrf())
				.with(as("lanhdao.hatu")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.fileName").value("quyet-dinh.pdf"))
			.andExpect(jsonPath("$.signedHere").value(true))
			.andExpect(jsonPath("$.signature.status").value("VALID"))
			.andExpect(jsonPath("$.signature.signatures[0].agencyCertificate").value(true));
		this.mvc
			.perform(
					multipart(base)
						.file(new MockMultipartFile("file", "script.pdf", "application/pdf",
								vn.motcua.document.ActivePdfs.javaScriptPdf()))
						.with(csrf())
						.with(as("chuyenvien.hatu")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("document.result.active-content"));
		this.mvc.perform(get(base).with(as("chuyenvien.hatu")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].sha256").isString());
		this.mvc.perform(get(base).with(as("congdan")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

}
