package org.incidentclassifier.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.incidentclassifier.verdict.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each export parsed back with a CSV parser: one row per incident, the header the docs give, and the cells an
 * event-data coder reads first, cell by cell (input | format | column | exact value; "" is an empty cell).
 */
class ExportCellsTest {

    @ParameterizedTest(name = "{0} {1} {2} = {3}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
        "seeds/ | csv-gtd | eventid | incident-25bf526c7e8e",
        "seeds/ | csv-gtd | iyear | ''",
        "seeds/ | csv-gtd | country_txt | Algeria",
        "seeds/ | csv-gtd | city | In Amenas",
        "seeds/ | csv-gtd | attacktype1_txt | Hostage Taking (Barricade Incident)",
        "seeds/ | csv-gtd | attacktype2_txt | Armed Assault",
        "seeds/ | csv-gtd | attacktype3_txt | ''",
        "seeds/ | csv-gtd | gname | Signed in Blood Battalion",
        "seeds/ | csv-gtd | claimed | 1",
        "seeds/ | csv-gtd | targtype1_txt | Utilities",
        "seeds/ | csv-gtd | targtype2_txt | Business",
        "seeds/ | csv-gtd | nkill | 50",
        "seeds/ | csv-gtd | nkillter | 15",
        "seeds/ | csv-gtd | ishostkid | 1",
        "seeds/ | csv-gtd | nperps | ''",
        "seeds/ | csv-gtd | nhostkid | 41",
        "seeds/ | csv-gtd | nreleased | 55",
        "seeds/ | csv-gtd | inconsistencies | 8",
        "seeds/ | csv-gtd | scite1 | 000_802d9e333d9d6a38; 002_19eff492fa99377f",
        "seeds/ | csv-acled | event_type | Violence against civilians",
        "seeds/ | csv-acled | sub_event_type | Abduction/forced disappearance",
        "seeds/ | csv-acled | actor1 | Signed in Blood Battalion",
        "seeds/ | csv-acled | actor2 | Civilians (Algeria)",
        "seeds/ | csv-acled | fatalities | 50",
        "src/test/resources/export/depot-attack.txt | csv-gtd | iyear | 2014",
        "src/test/resources/export/depot-attack.txt | csv-gtd | imonth | 3",
        "src/test/resources/export/depot-attack.txt | csv-gtd | iday | 4",
        "src/test/resources/export/depot-attack.txt | csv-gtd | date_basis | WEEKDAY",
        "src/test/resources/export/depot-attack.txt | csv-gtd | targtype1_txt | Transportation",
        "src/test/resources/export/depot-attack.txt | csv-gtd | nwound | 7",
        "src/test/resources/export/depot-attack.txt | csv-acled | event_date | 2014-03-04",
        "src/test/resources/export/depot-attack.txt | csv-acled | time_precision | 1",
        "src/test/resources/export/depot-attack.txt | csv-acled | location | Mombasa",
        "src/test/resources/export/depot-attack.txt | csv-gtd | nperps | ''",
        "src/test/resources/export/depot-attack.txt | csv-gtd | claimed | -9",
        "src/test/resources/export/depot-attack.txt | csv-gtd | targtype2 | ''",
        "src/test/resources/export/power-station-blast.txt | csv-gtd | claimed | 1",
        "src/test/resources/export/power-station-blast.txt | csv-gtd | gname | Balochistan Liberation Army",
        "src/test/resources/export/power-station-blast.txt | csv-gtd | targtype1 | 21",
        "src/test/resources/export/power-station-blast.txt | csv-gtd | targtype1_txt | Utilities",
        "src/test/resources/export/power-station-blast.txt | csv-gtd | targtype2 | 1",
        "src/test/resources/export/power-station-blast.txt | csv-gtd | targtype2_txt | Business",
        "src/test/resources/export/power-station-blast.txt | csv-gtd | targtype3_txt | ''",
        "src/test/resources/export/hotel-gunmen.txt | csv-gtd | nperps | 3"})
    void cellsReadBackExactly(String input, String format, String column, String expected) throws IOException {
        Verdict verdict = SharedPipeline.get().classify(new Ingest().read(List.of(input), null));
        List<Map<String, String>> rows = parse(ExportGoldenTest.write(verdict, format));

        assertThat(rows).hasSize(verdict.incidents().size());
        assertThat(rows.get(0).keySet()).containsExactlyElementsOf(
                format.equals("csv-gtd") ? CsvExport.gtd().header() : CsvExport.acled().header());
        assertThat(rows.get(0).get(column)).isEqualTo(expected);
    }

    private static List<Map<String, String>> parse(String csv) throws IOException {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return it.readAll();
        }
    }
}
