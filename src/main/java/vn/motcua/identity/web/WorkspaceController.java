package vn.motcua.identity.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.motcua.identity.Role;
import vn.motcua.identity.StaffPrincipal;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyView;

/**
 * A staff member's workspace: who they are, their roles in words, their agency, and what
 * their roles let them do today. Later work adds the dossier queues.
 */
@Controller
class WorkspaceController {

	private final Agencies agencies;

	WorkspaceController(Agencies agencies) {
		this.agencies = agencies;
	}

	@GetMapping("/workspace")
	String workspace(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		model.addAttribute("staff", staff);
		model.addAttribute("roles", List.copyOf(staff.roles()));
		model.addAttribute("agencyName",
				this.agencies.findByCode(staff.agencyCode()).map(AgencyView::name).orElse(staff.agencyCode()));
		model.addAttribute("links", linksFor(staff));
		return "identity/workspace";
	}

	static List<WorkspaceLink> linksFor(StaffPrincipal staff) {
		List<WorkspaceLink> links = new ArrayList<>();
		links.add(new WorkspaceLink("/workspace/feedback", "workspace.link.feedback", "workspace.link.feedback.hint"));
		if (staff.hasRole(Role.ONE_STOP_OFFICER) || staff.hasRole(Role.AGENCY_LEADER)) {
			links.add(new WorkspaceLink("/workspace/payments", "workspace.link.payments",
					"workspace.link.payments.hint"));
		}
		if (staff.hasRole(Role.SYSTEM_ADMIN)) {
			links.add(new WorkspaceLink("/admin/agencies", "workspace.link.agencies", "workspace.link.agencies.hint"));
			links.add(new WorkspaceLink("/admin/agencies/" + staff.agencyCode() + "/accounts",
					"workspace.link.accounts", "workspace.link.accounts.hint"));
		}
		if (staff.hasRole(Role.SYSTEM_ADMIN) || staff.hasRole(Role.INSPECTOR)) {
			links.add(new WorkspaceLink("/admin/audit", "workspace.link.audit", "workspace.link.audit.hint"));
		}
		if (staff.hasRole(Role.SURVEY_MANAGER) || staff.hasRole(Role.AGENCY_LEADER)
				|| staff.hasRole(Role.DEPARTMENT_LEADER) || staff.hasRole(Role.ONE_STOP_OFFICER)
				|| staff.hasRole(Role.INSPECTOR) || staff.hasRole(Role.SYSTEM_ADMIN)) {
			links.add(new WorkspaceLink("/workspace/satisfaction", "workspace.link.satisfaction",
					"workspace.link.satisfaction.hint"));
		}
		return links;
	}

}
