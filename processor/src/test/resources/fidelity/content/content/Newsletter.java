package content;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URL;

/** A newsletter with property access, inherited from its mapped superclass: every getter is a column. */
@Entity
public class Newsletter extends Publishable {
    private String name;
    private boolean weekly;
    private URL archive;
    private Integer issuesPerYear;
    private Schedule schedule;
    private String cachedHtml;

    @NotNull
    @Size(max = 90)
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isWeekly() {
        return weekly;
    }

    public void setWeekly(boolean weekly) {
        this.weekly = weekly;
    }

    @Column(name = "archive_url", length = 500)
    public URL getArchiveURL() {
        return archive;
    }

    public void setArchiveURL(URL archive) {
        this.archive = archive;
    }

    @Max(52)
    public Integer getIssuesPerYear() {
        return issuesPerYear;
    }

    public void setIssuesPerYear(Integer issuesPerYear) {
        this.issuesPerYear = issuesPerYear;
    }

    @Embedded
    public Schedule getSchedule() {
        return schedule;
    }

    public void setSchedule(Schedule schedule) {
        this.schedule = schedule;
    }

    @Transient
    public String getCachedHtml() {
        return cachedHtml;
    }

    public void setCachedHtml(String cachedHtml) {
        this.cachedHtml = cachedHtml;
    }

    public String summary() {
        return name + (weekly ? " (weekly)" : "");
    }
}
