package org.incidentclassifier.desk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentclassifier.engine.LiveSession;
import org.incidentclassifier.engine.Reasoning;
import org.incidentclassifier.engine.RuleFailure;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.pipeline.ReportGroups;
import org.incidentclassifier.verdict.AnalysedDocument;
import org.incidentclassifier.verdict.AnalysedIncident;
import org.incidentclassifier.verdict.Verdict;

/**
 * One long-lived rule session per open incident (engine.LiveSession), kept up to date by truth maintenance: when
 * a report joins an incident its facts are inserted into the incident's session and the rules fire; when it is
 * withdrawn its facts are deleted and the conclusions that rested on them go. Only the incident the report joins
 * or leaves is reasoned over; the others keep their sessions and conclusions untouched.
 *
 * <p>A session is <em>rebuilt</em> from its reports (a new session, every report inserted) only when the
 * incident's reports changed by more than the one report that came or went: a report that merges two incidents,
 * a withdrawal that splits one, a rule reload (the sessions of the old rule base are dropped), or an update whose
 * rules failed, or an update that left a conclusion naming a match on withdrawn facts (two matches concluded the
 * same fact and truth maintenance kept it on the other's support, which Drools does not name: see
 * {@code LiveSession.isStale}). {@link #counts()} tells incremental updates from rebuilds. There are as many
 * sessions as open incidents (bounded by the desk's {@code MAX_REPORTS}); a session is closed when its incident
 * empties or merges into another, and all of them when the desk closes. Not thread-safe: the desk calls it under
 * its lock.
 */
final class IncidentSessions implements AutoCloseable {
    /**
     * How the sessions were kept up to date since the desk opened: sessions open now, sessions opened for new
     * incidents, incremental updates (facts inserted or deleted in a kept session), and rebuilds.
     */
    record Counts(int open, long opened, long updated, long rebuilt) {}

    /** Each group's incident reasoned over (null where its rules failed), and the failures as error records. */
    record Reasoned(List<AnalysedIncident> incidents, List<Verdict.ErrorEntry> errors) {}

    /** An incident's session, its number among all sessions opened, and what it was last brought up to date with. */
    private static final class Live {
        final LiveSession session;
        final long generation;
        Set<String> members = Set.of();
        Reasoning reasoning;

        Live(LiveSession session, long generation) {
            this.session = session;
            this.generation = generation;
        }
    }

    private final Map<String, Live> byIncident = new HashMap<>();
    /** Incidents whose session was dropped (reload, failed write): rebuilt when next reasoned over. */
    private final Set<String> stale = new HashSet<>();
    /** Incidents whose sessions the change under way touched, made stale again if it is not committed. */
    private final Set<String> touched = new HashSet<>();
    private long generations;
    private long opened;
    private long updated;
    private long rebuilt;

    /**
     * Brings the session of each group (incident {@code incidents.get(i)} of {@code groups.get(i)}) up to date,
     * incrementally where only {@code changed} (the report added or withdrawn, or null) came or went, and closes
     * the sessions of incidents that are gone.
     */
    Reasoned reason(Pipeline pipeline, List<ReportGroups.Group> groups, List<String> incidents, String changed) {
        touched.clear();
        List<AnalysedIncident> reasoned = new ArrayList<>();
        List<Verdict.ErrorEntry> errors = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            ReportGroups.Group group = groups.get(i);
            String incident = incidents.get(i);
            try {
                Live live = upToDate(pipeline, incident, group, changed);
                reasoned.add(new AnalysedIncident(group.documents(), live.reasoning, group.joinedBy(),
                        group.reprints()));
            } catch (RuleFailure failure) {
                // as the batch does: the incident has no verdict, each of its reports an error record
                drop(incident);
                stale.add(incident); // rebuilt at its next change
                reasoned.add(null);
                group.documents().forEach(d -> errors.add(new Verdict.ErrorEntry(d.input().path(), d.input().id(),
                        "RULE_FAILED", failure.getMessage())));
            }
        }
        Set<String> open = Set.copyOf(incidents);
        for (String gone : List.copyOf(byIncident.keySet())) {
            if (!open.contains(gone)) {
                touched.add(gone); // should the change not be committed, the incident is still there
                drop(gone);
            }
        }
        stale.retainAll(open);
        return new Reasoned(reasoned, errors);
    }

    /** The incident's session holding the group's facts: kept and updated, or (re)built. */
    private Live upToDate(Pipeline pipeline, String incident, ReportGroups.Group group, String changed)
            throws RuleFailure {
        Set<String> members = new HashSet<>(ids(group.documents()));
        Map<String, List<?>> sources = new LinkedHashMap<>();
        group.sources().forEach(d -> sources.put(d.input().id(), d.facts().all()));
        Live live = byIncident.get(incident);
        boolean keep = live != null && !stale.contains(incident) && !live.session.isClosed()
                && changedBy(live.members, members, changed);
        if (keep && live.members.equals(members) && List.copyOf(live.session.reports()).equals(
                List.copyOf(sources.keySet()))) {
            return live; // not this change's incident
        }
        touched.add(incident);
        if (keep) {
            live.session.sync(sources);
            if (!live.session.isStale()) {
                updated++;
                return reasoned(live, members);
            }
        }
        // a new incident, a structural change, or a conclusion left naming a withdrawn match: a new session
        if (live != null || stale.contains(incident)) {
            rebuilt++;
        } else {
            opened++;
        }
        if (live != null) {
            live.session.close();
        }
        live = new Live(pipeline.openSession(), ++generations);
        byIncident.put(incident, live);
        stale.remove(incident);
        live.session.sync(sources);
        return reasoned(live, members);
    }

    private static Live reasoned(Live live, Set<String> members) {
        live.members = Set.copyOf(members);
        live.reasoning = live.session.reasoning();
        return live;
    }

    /** Whether {@code after} differs from {@code before} by at most the one report that came or went. */
    private static boolean changedBy(Set<String> before, Set<String> after, String changed) {
        Set<String> in = new HashSet<>(after);
        in.removeAll(before);
        Set<String> out = new HashSet<>(before);
        out.removeAll(after);
        in.addAll(out);
        return in.isEmpty() || in.equals(Set.of(String.valueOf(changed)));
    }

    private static List<String> ids(List<AnalysedDocument> documents) {
        return documents.stream().map(d -> d.input().id()).toList();
    }

    /** The change under way was not committed: the sessions it touched are rebuilt from the reports next time. */
    void forgetChange() {
        touched.forEach(this::drop);
        stale.addAll(touched);
        touched.clear();
    }

    /** The rules were replaced: every session is rebuilt from the new rule base at the next reasoning. */
    void dropAll() {
        stale.addAll(byIncident.keySet());
        List.copyOf(byIncident.keySet()).forEach(this::drop);
    }

    private void drop(String incident) {
        Live live = byIncident.remove(incident);
        if (live != null) {
            live.session.close();
        }
    }

    Counts counts() {
        return new Counts(byIncident.size(), opened, updated, rebuilt);
    }

    /** The session of an open incident (null when none), for tests that check it is kept, not rebuilt. */
    LiveSession sessionOf(String incident) {
        Live live = byIncident.get(incident);
        return live == null ? null : live.session;
    }

    /** The number of the incident's session among all sessions the desk opened (-1 when none). */
    long generationOf(String incident) {
        Live live = byIncident.get(incident);
        return live == null ? -1 : live.generation;
    }

    @Override
    public void close() {
        List.copyOf(byIncident.keySet()).forEach(this::drop);
    }
}
