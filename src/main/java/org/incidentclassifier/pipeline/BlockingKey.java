package org.incidentclassifier.pipeline;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.incidentclassifier.facts.IncidentSignature;
import org.incidentclassifier.facts.PlaceKind;
import org.incidentclassifier.facts.PlaceMention;
import org.incidentclassifier.verdict.AnalysedDocument;

/**
 * The partition a report is grouped in: the country its incident lies in (the country most of its places lie
 * in, as {@link IncidentSignature#country()} says), or {@linkplain #NO_COUNTRY none} for a report whose places
 * lie in no known country.
 *
 * <p>The guarantee: <b>two reports with different keys are never joined into one incident.</b> The pipeline
 * groups each partition on its own ({@link Pipeline#analyse(Pipeline.Inputs, boolean, int, Runnable)} splits the
 * reports by this key before grouping), so a batch may be split by key anywhere (a worker, a Spark partition) and
 * each part analysed alone gives the same incidents as the whole batch. Reports of one key are compared by the
 * finer keys of the grouping (site, place) and by the rules in rules/incidents/.
 *
 * <p>Why the country alone: every grouping rule that does not name a shared site or city requires the same
 * country, and a site or city lies in one country, so reports of one incident share their country; the date is
 * not part of the key because an undated report may join an incident of any date. The country is the
 * signature's (where most of the report's places lie) except for a report filed from elsewhere, see
 * {@link #of(AnalysedDocument)}. A report with no country joins
 * only reports with no country: the sites and cities it names are in no country the lexicons know, so the reports
 * that share them mostly have none either (on the dev corpus grouping stays exact; see docs/performance.md).
 *
 * <p>Computed from one report analysed alone, so a per-report stage can key it before any grouping.
 *
 * @param country the ISO country code of the incident, or {@link #NO_COUNTRY}
 */
public record BlockingKey(String country) implements Serializable, Comparable<BlockingKey> {
    /** The country of a report whose places lie in no country the lexicons know. */
    public static final String NO_COUNTRY = "-";

    public BlockingKey {
        country = country == null || country.isBlank() ? NO_COUNTRY : country;
    }

    /**
     * The key of a report analysed alone (its facts and its conclusions: the grouping reads both): the country
     * of its incident signature, unless that country is a dateline or the victims' home (Tokyo, where the
     * victims of an attack in Algeria are flown back) while the report's opening sentences name another country
     * that holds a place the report is about (a site, or a city named in its opening sentences or more than
     * once): then that country, the one the lead says the incident happened in.
     */
    public static BlockingKey of(AnalysedDocument report) {
        IncidentSignature signature = IncidentSignatures.of(report);
        Set<String> about = new HashSet<>(signature.sites());
        about.addAll(signature.places());
        Set<String> aboutCountries = new HashSet<>();
        Set<String> namedInLead = new HashSet<>();
        Map<String, Integer> weight = new HashMap<>();
        for (PlaceMention p : report.facts().places()) {
            if (p.country() == null) {
                continue;
            }
            weight.merge(p.country(), p.kind() == PlaceKind.COUNTRY ? 1 : 2, Integer::sum);
            if (p.kind() == PlaceKind.COUNTRY && p.evidence().sentence() < IncidentSignatures.OPENING) {
                namedInLead.add(p.country());
            } else if (p.kind() != PlaceKind.COUNTRY && about.contains(p.name())) {
                aboutCountries.add(p.country());
            }
        }
        aboutCountries.retainAll(namedInLead);
        if (aboutCountries.isEmpty() || aboutCountries.contains(signature.country())) {
            return new BlockingKey(signature.country());
        }
        // several: the one most of the report's places lie in, then the first in alphabetical order
        return new BlockingKey(aboutCountries.stream().sorted()
                .max(Comparator.comparingInt((String c) -> weight.get(c)).thenComparing(Comparator.reverseOrder()))
                .orElseThrow());
    }

    /** True for the partition of reports with no known country. */
    public boolean noCountry() {
        return NO_COUNTRY.equals(country);
    }

    @Override
    public int compareTo(BlockingKey other) {
        return country.compareTo(other.country);
    }

    @Override
    public String toString() {
        return noCountry() ? "no-country" : "country:" + country;
    }
}
