package vn.motcua.dossier.web;

import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.motcua.dossier.ActionInput;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.Submission;
import vn.motcua.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The official forms of a dossier come out as PDF with the dossier's data in Vietnamese;
 * a form not issued for the dossier is a 404, and another commune's staff get none.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossierFormPdfsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Dossiers dossiers;

	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	static Actor officer() {
		return new Actor(Actor.Kind.STAFF, "tiepnhan.hatu", "Cán bộ một cửa Hà Tu", Set.of(Role.ONE_STOP_OFFICER),
				"06652", false, null, "127.0.0.1");
	}

	String text(String url) throws Exception {
		byte[] pdf = this.mvc.perform(get(url).with(as("tiepnhan.hatu")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	@Test
	void theReceiptAndTheSlipsCarryTheDossier() throws Exception {
		DossierView d = this.dossiers.register(
				new Submission("1.004884", 0, "06652",
						new Applicant("Phạm Thị Thu", null, "0944444444", null, "Tổ 5, Hà Tu"), null, null, null),
				Channel.COUNTER, officer());
		String base = "/workspace/dossiers/" + d.code() + "/forms/";
		assertThat(text(base + "receipt")).contains(d.code()).contains("Phạm Thị Thu").contains("5 ngày làm việc");
		assertThat(text(base + "control-sheet")).contains(d.code());
		this.mvc.perform(get(base + "apology").with(as("tiepnhan.hatu"))).andExpect(status().isNotFound());
		this.mvc.perform(get(base + "nonsense").with(as("tiepnhan.hatu"))).andExpect(status().isNotFound());
		this.mvc.perform(get(base + "receipt").with(as("tiepnhan.binhlieu"))).andExpect(status().isForbidden());

		this.dossiers.act(d.code(), DossierAction.STOP, ActionInput.reason("Người nộp đề nghị dừng"),
				new Actor(Actor.Kind.STAFF, "lanhdao.hatu", "Lãnh đạo Hà Tu", Set.of(Role.AGENCY_LEADER), "06652",
						false, null, "127.0.0.1"));
		assertThat(text(base + "stop-notice")).contains("Người nộp đề nghị dừng");
	}

}
