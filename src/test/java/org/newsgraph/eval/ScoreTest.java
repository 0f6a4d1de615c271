package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreTest {
    @Test
    void measuresFollowTheUsualDefinitionsAndNothingToMeasureIsNotANumber() {
        Score s = new Score(8, 2, 4);
        assertEquals(0.8, s.precision(), 1e-9);
        assertEquals(8.0 / 12, s.recall(), 1e-9);
        assertEquals(2 * 0.8 * (8.0 / 12) / (0.8 + 8.0 / 12), s.f1(), 1e-9);
        assertTrue(Double.isNaN(Score.ZERO.f1()));
        assertTrue(Double.isNaN(new Score(0, 0, 3).precision()));
        assertEquals(0.0, new Score(0, 0, 3).f1(), "nothing found of what was expected");
        assertEquals(new Score(9, 2, 5), s.plus(new Score(1, 0, 1)));
    }

    @Test
    void jsonReportWritesUnmeasurableScoresAsNull() {
        EvalReport r = new EvalReport(List.of(), List.of(new EvalReport.Unscored("x", "x.txt", "no gold file")));
        var o = JsonParser.parseString(ReportWriter.json(r)).getAsJsonObject();
        assertTrue(o.getAsJsonObject("relational").get("f1").isJsonNull());
        assertEquals("x", o.getAsJsonArray("unscored").get(0).getAsJsonObject().get("id").getAsString());
    }
}
