package org.guichet.instruction.internal.counter;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.guichet.dossier.ApplicantAccess;
import org.guichet.dossier.FilingChannel;
import org.guichet.dossier.ProcedureUnavailableException;
import org.guichet.dossier.TrackedFiling;
import org.guichet.identity.AccountManagement;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.instruction.internal.InstructionAccess;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.shared.AccountId;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Counter filing (guichet d'accueil, France Services): an agent files a démarche for a person who came,
 * phoned or wrote. The dossier belongs to the person's account when they have one; otherwise it gets a
 * tracking code to hand over. The agent then fills in the usual filing pages, which this session holds.
 */
@Controller
class CounterFilingController {

    private static final String FORM = "instruction/counter";

    private final ProcedureCatalogue catalogue;
    private final InstructionAccess instruction;
    private final AccountManagement accounts;
    private final TrackedFiling tracked;
    private final ApplicantAccess applicants;

    CounterFilingController(ProcedureCatalogue catalogue, InstructionAccess instruction, AccountManagement accounts,
            TrackedFiling tracked, ApplicantAccess applicants) {
        this.catalogue = catalogue;
        this.instruction = instruction;
        this.accounts = accounts;
        this.tracked = tracked;
        this.applicants = applicants;
    }

    @GetMapping("/agent/guichet")
    String form(@AuthenticationPrincipal GuichetPrincipal agent, Model model) {
        model.addAttribute("counterForm", new CounterForm());
        return show(agent, model);
    }

    @PostMapping("/agent/guichet")
    String start(@ModelAttribute CounterForm counterForm, BindingResult errors, @AuthenticationPrincipal GuichetPrincipal agent,
            HttpServletRequest request, Model model) {
        CounterForm.Request asked = counterForm.validate(errors);
        Optional<Procedure> procedure = Optional.ofNullable(asked.procedure())
                .flatMap(catalogue::findById).filter(p -> instruction.mayInstruct(agent, p));
        if (!errors.hasFieldErrors("procedure") && procedure.isEmpty()) {
            errors.rejectValue("procedure", "counter.procedure.missing");
        }
        Optional<AccountId> person = asked.email().isEmpty() ? Optional.empty() : accounts.findVerified(asked.email());
        if (person.isEmpty() && asked.familyName().isEmpty()) {
            errors.rejectValue("familyName", "counter.name.missing");
        }
        if (errors.hasErrors()) {
            return show(agent, model);
        }
        TrackedFiling.Started started;
        try {
            started = tracked.startOnBehalf(procedure.get().id(), agent.accountId(), asked.channel(), person.orElse(null),
                    asked.contactName(), asked.email());
        } catch (ProcedureUnavailableException closedMeanwhile) {
            errors.rejectValue("procedure", "counter.procedure.missing");
            return show(agent, model);
        }
        applicants.hold(request, started.dossierId(), started.trackingCode());
        return "redirect:/mes-demarches/" + started.dossierId() + "/suite";
    }

    private String show(GuichetPrincipal agent, Model model) {
        List<Procedure> procedures = catalogue.published().stream().filter(p -> instruction.mayInstruct(agent, p))
                .sorted(Comparator.comparing(Procedure::title)).toList();
        model.addAttribute("procedures", procedures);
        model.addAttribute("channels", List.of(FilingChannel.GUICHET, FilingChannel.TELEPHONE, FilingChannel.COURRIER,
                FilingChannel.COURRIEL));
        return FORM;
    }
}
