package org.guichet.procedure.internal.studio;

import java.util.Set;
import java.util.UUID;
import org.guichet.procedure.Category;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureDetails;
import org.guichet.procedure.SilenceRule;
import org.springframework.validation.Errors;

/**
 * What an administrator types about a démarche. The personal data declarations may stay empty while
 * it is a draft: publishing is what requires them, and says so.
 */
public class DetailsForm {

    private String title = "";
    private String slug = "";
    private String summary = "";
    private String description = "";
    private String serviceId = "";
    private String category = "";
    private String loginRequired = "true";
    private String eligibility = "";
    private String documents = "";
    private String fees = "";
    private String processingDelay = "";
    private String silenceRule = "NONE";
    private String silenceMonths = "2";
    private String legalBasis = "";
    private String purpose = "";
    private String dataCategories = "";
    private String recipients = "";
    private String retentionMonths = "12";

    static DetailsForm of(Procedure p) {
        DetailsForm f = new DetailsForm();
        f.title = p.title();
        f.slug = p.slug();
        f.summary = p.summary();
        f.description = p.description();
        f.serviceId = p.serviceId().toString();
        f.category = p.category().name();
        f.loginRequired = String.valueOf(p.loginRequired());
        f.eligibility = p.eligibility();
        f.documents = p.documents();
        f.fees = p.fees();
        f.processingDelay = p.processingDelay();
        f.silenceRule = p.silenceRule().name();
        f.silenceMonths = p.silenceMonths() == null ? "2" : p.silenceMonths().toString();
        var data = p.personalData();
        f.legalBasis = data.legalBasis();
        f.purpose = data.purpose();
        f.dataCategories = data.dataCategories();
        f.recipients = data.recipients();
        f.retentionMonths = String.valueOf(data.retentionMonths());
        return f;
    }

    /** Checks every field, keeping cleaned values for the page shown again; the slug defaults to the title's. */
    ProcedureDetails validate(Errors errors, Set<UUID> services) {
        title = Texts.length(errors, "title", title, 3, 200, "studio.details.title.length");
        slug = slug.isBlank() ? Texts.slug(title) : slug.strip();
        if (!slug.matches("[a-z0-9](-?[a-z0-9])*") || slug.length() > 80) {
            errors.rejectValue("slug", "studio.details.slug.format");
        }
        summary = Texts.length(errors, "summary", summary, 0, 300, "studio.details.text.length");
        description = Texts.length(errors, "description", description, 0, 10_000, "studio.details.text.length");
        UUID service = services.stream().filter(s -> s.toString().equals(serviceId)).findFirst().orElse(null);
        if (service == null) {
            errors.rejectValue("serviceId", "studio.details.service.required");
        }
        Category cat = parse(Category.class, category);
        if (cat == null) {
            errors.rejectValue("category", "studio.details.category.required");
        }
        eligibility = Texts.length(errors, "eligibility", eligibility, 0, 5_000, "studio.details.text.length");
        documents = Texts.length(errors, "documents", documents, 0, 5_000, "studio.details.text.length");
        fees = Texts.length(errors, "fees", fees, 0, 2_000, "studio.details.text.length");
        processingDelay = Texts.length(errors, "processingDelay", processingDelay, 0, 500, "studio.details.text.length");
        SilenceRule rule = parse(SilenceRule.class, silenceRule);
        Integer months = null;
        if (rule == null) {
            errors.rejectValue("silenceRule", "studio.details.silenceRule.required");
        } else if (rule != SilenceRule.NONE) {
            months = number(errors, "silenceMonths", silenceMonths, 1, 24, "studio.details.silenceMonths.range");
        }
        legalBasis = Texts.length(errors, "legalBasis", legalBasis, 0, 2_000, "studio.details.text.length");
        purpose = Texts.length(errors, "purpose", purpose, 0, 2_000, "studio.details.text.length");
        dataCategories = Texts.length(errors, "dataCategories", dataCategories, 0, 2_000, "studio.details.text.length");
        recipients = Texts.length(errors, "recipients", recipients, 0, 2_000, "studio.details.text.length");
        Integer retention = number(errors, "retentionMonths", retentionMonths, 1, 60, "studio.details.retentionMonths.range");
        if (errors.hasErrors()) {
            return null;
        }
        return new ProcedureDetails(service, slug, title, summary, description, cat, !"false".equals(loginRequired),
                eligibility, documents, fees, processingDelay, rule, months,
                new Procedure.PersonalData(legalBasis, purpose, dataCategories, recipients, retention));
    }

    private static Integer number(Errors errors, String field, String value, int min, int max, String code) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range that is accepted
        }
        errors.rejectValue(field, code, new Object[] {min, max}, null);
        return null;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        return null;
    }

    // Setters cut what they bind (Texts.BOUND), so a huge value is neither kept nor shown back.
    public String getTitle() { return title; }
    public void setTitle(String v) { title = Texts.bounded(v); }
    public String getSlug() { return slug; }
    public void setSlug(String v) { slug = Texts.bounded(v); }
    public String getSummary() { return summary; }
    public void setSummary(String v) { summary = Texts.bounded(v); }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = Texts.bounded(v); }
    public String getServiceId() { return serviceId; }
    public void setServiceId(String v) { serviceId = Texts.bounded(v); }
    public String getCategory() { return category; }
    public void setCategory(String v) { category = Texts.bounded(v); }
    public String getLoginRequired() { return loginRequired; }
    public void setLoginRequired(String v) { loginRequired = Texts.bounded(v); }
    public String getEligibility() { return eligibility; }
    public void setEligibility(String v) { eligibility = Texts.bounded(v); }
    public String getDocuments() { return documents; }
    public void setDocuments(String v) { documents = Texts.bounded(v); }
    public String getFees() { return fees; }
    public void setFees(String v) { fees = Texts.bounded(v); }
    public String getProcessingDelay() { return processingDelay; }
    public void setProcessingDelay(String v) { processingDelay = Texts.bounded(v); }
    public String getSilenceRule() { return silenceRule; }
    public void setSilenceRule(String v) { silenceRule = Texts.bounded(v); }
    public String getSilenceMonths() { return silenceMonths; }
    public void setSilenceMonths(String v) { silenceMonths = Texts.bounded(v); }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String v) { legalBasis = Texts.bounded(v); }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { purpose = Texts.bounded(v); }
    public String getDataCategories() { return dataCategories; }
    public void setDataCategories(String v) { dataCategories = Texts.bounded(v); }
    public String getRecipients() { return recipients; }
    public void setRecipients(String v) { recipients = Texts.bounded(v); }
    public String getRetentionMonths() { return retentionMonths; }
    public void setRetentionMonths(String v) { retentionMonths = Texts.bounded(v); }
}
