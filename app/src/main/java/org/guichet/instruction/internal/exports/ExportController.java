package org.guichet.instruction.internal.exports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.guichet.document.ContentDispositions;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.instruction.internal.InstructionAccess;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureForms;
import org.guichet.tenancy.TenantContext;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * Exports of a démarche's dossiers, for agents who instruct it. A démarche or an export out of the
 * agent's reach — another tenant's, another agent's, a forged id — is not found (404), and nothing
 * is queued for it. Only the agent who asked sees an export and downloads its file.
 */
@Controller
class ExportController {

    private static final int RECENT = 10;

    private final InstructionAccess access;
    private final ProcedureForms forms;
    private final Exports exports;
    private final ExportJobRepository jobs;
    private final ExportFiles files;
    private final Clock clock;

    ExportController(InstructionAccess access, ProcedureForms forms, Exports exports, ExportJobRepository jobs,
            ExportFiles files, Clock clock) {
        this.access = access;
        this.forms = forms;
        this.exports = exports;
        this.jobs = jobs;
        this.files = files;
        this.clock = clock;
    }

    @GetMapping("/agent/demarches/{procedureId}/exports")
    String page(@PathVariable UUID procedureId, @AuthenticationPrincipal GuichetPrincipal agent, Model model) {
        Procedure procedure = access.requireProcedure(agent, procedureId);
        ExportColumns columns = columnsOf(procedureId);
        model.addAttribute("exportForm", ExportForm.withAll(columns));
        return page(procedure, columns, agent, model);
    }

    @PostMapping("/agent/demarches/{procedureId}/exports")
    String request(@PathVariable UUID procedureId, @AuthenticationPrincipal GuichetPrincipal agent,
            @ModelAttribute ExportForm exportForm, BindingResult errors, Locale locale, Model model) {
        Procedure procedure = access.requireProcedure(agent, procedureId);
        ExportColumns columns = columnsOf(procedureId);
        ExportForm.Valid valid = exportForm.validate(errors, columns);
        if (valid == null) {
            return page(procedure, columns, agent, model);
        }
        ExportJob job = exports.request(agent, procedureId, valid.format(), valid.columns(), valid.state(), locale);
        return "redirect:/agent/exports/" + job.id();
    }

    @GetMapping("/agent/exports/{jobId}")
    String job(@PathVariable UUID jobId, @AuthenticationPrincipal GuichetPrincipal agent, Model model) {
        ExportJob job = requireOwn(jobId, agent);
        model.addAttribute("job", job);
        model.addAttribute("procedure", access.requireProcedure(agent, job.procedureId()));
        return "instruction/exports/job";
    }

    /** Polled by the job page's script, so that progress shows without reloading. */
    @GetMapping(value = "/agent/exports/{jobId}/etat", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> progress(@PathVariable UUID jobId, @AuthenticationPrincipal GuichetPrincipal agent) {
        ExportJob job = requireOwn(jobId, agent);
        return Map.of("status", job.status().name(), "rowsDone", job.rowsDone(),
                "rowsTotal", job.rowsTotal() == null ? 0 : job.rowsTotal(), "percent", job.percent());
    }

    @GetMapping("/agent/exports/{jobId}/fichier")
    ResponseEntity<Resource> download(@PathVariable UUID jobId, @AuthenticationPrincipal GuichetPrincipal agent) {
        ExportJob job = requireOwn(jobId, agent);
        Path file = files.file(TenantContext.require(), job.id(), job.format());
        if (job.status() != ExportJob.Status.DONE || !Files.isRegularFile(file)) {
            throw notFound();
        }
        exports.downloaded(agent, job);
        try {
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(job.fileName()))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .contentType(MediaType.parseMediaType(job.format().mediaType()))
                    .contentLength(Files.size(file))
                    .body(new FileSystemResource(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The agent's own export, still kept, of a démarche they may still instruct; 404 otherwise. */
    private ExportJob requireOwn(UUID jobId, GuichetPrincipal agent) {
        ExportJob job = jobs.findOwn(jobId, agent.accountId())
                .filter(j -> j.expiresAt().isAfter(clock.instant()))
                .orElseThrow(ExportController::notFound);
        access.requireProcedure(agent, job.procedureId());
        return job;
    }

    private String page(Procedure procedure, ExportColumns columns, GuichetPrincipal agent, Model model) {
        model.addAttribute("procedure", procedure);
        model.addAttribute("dossierColumns", ExportColumns.DOSSIER_COLUMNS);
        model.addAttribute("questions", columns.questions());
        model.addAttribute("formats", ExportFormat.values());
        model.addAttribute("states", ExportForm.FILTERABLE);
        model.addAttribute("recent", jobs.recent(agent.accountId(), procedure.id(), RECENT));
        return "instruction/exports/request";
    }

    private ExportColumns columnsOf(UUID procedureId) {
        return new ExportColumns(forms.currentVersion(procedureId).flatMap(v -> forms.version(procedureId, v)));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
