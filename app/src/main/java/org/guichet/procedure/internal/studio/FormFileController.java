package org.guichet.procedure.internal.studio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.guichet.forms.FormDefinition;
import org.guichet.forms.FormImport;
import org.guichet.forms.FormJson;
import org.guichet.procedure.ProcedureForms;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The working form as a whole: previewed as a citizen would see its questions, exported and imported as JSON. */
@Controller
@RequestMapping(StudioAccess.BASE + "/{id}")
class FormFileController {

    /** Largest file imported: far above a real form (the biggest demo form is a few kilobytes). */
    static final long MAX_IMPORT_BYTES = 1024 * 1024;

    private static final String IMPORT = "procedure/studio/import";

    private final StudioAccess access;
    private final ProcedureForms forms;

    FormFileController(StudioAccess access, ProcedureForms forms) {
        this.access = access;
        this.forms = forms;
    }

    @GetMapping("/apercu")
    String preview(@PathVariable UUID id, Model model) {
        model.addAttribute("procedure", access.procedure(id));
        var form = access.form(id);
        model.addAttribute("form", form);
        model.addAttribute("typeOf", new FormPagesController.TypeNames());
        // The same rendering as the citizen's pages, empty and read-only.
        var views = new org.guichet.forms.view.FieldViews(org.guichet.forms.Answers.empty(), java.util.Map.of(), java.util.Set.of());
        java.util.Map<String, java.util.List<org.guichet.forms.view.FieldView>> byPage = new java.util.LinkedHashMap<>();
        form.pages().forEach(page -> byPage.put(page.id(), views.of(page.fields(), "")));
        model.addAttribute("views", byPage);
        return "procedure/studio/preview";
    }

    @GetMapping("/formulaire.json")
    ResponseEntity<byte[]> export(@PathVariable UUID id) {
        String slug = access.procedure(id).slug();
        FormDefinition form = access.form(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(slug + "-formulaire.json").build().toString())
                .body(FormJson.write(form).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/formulaire/import")
    String importing(@PathVariable UUID id, Model model) {
        model.addAttribute("procedure", access.procedure(id));
        return IMPORT;
    }

    /** Replaces the working copy with a JSON file, only if it reads without any problem. */
    @PostMapping("/formulaire/import")
    String importFile(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file,
            Authentication who, Model model, RedirectAttributes redirect) throws IOException {
        model.addAttribute("procedure", access.procedure(id));
        if (file == null || file.isEmpty()) {
            model.addAttribute("refused", "studio.import.empty");
            return IMPORT;
        }
        if (file.getSize() > MAX_IMPORT_BYTES) {
            model.addAttribute("refused", "studio.import.tooLarge");
            return IMPORT;
        }
        FormImport imported = FormJson.read(new String(file.getBytes(), StandardCharsets.UTF_8));
        if (!imported.ok()) {
            model.addAttribute("problems", imported.problems());
            return IMPORT;
        }
        if (!forms.importDraft(id, imported.definition(), who.getName())) {
            throw StudioAccess.notFound();
        }
        redirect.addFlashAttribute("saved", "studio.imported");
        return StudioAccess.formPage(id);
    }
}
