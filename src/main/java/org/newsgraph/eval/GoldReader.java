package org.newsgraph.eval;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.extract.Arg;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.FactKind;
import org.newsgraph.extract.Role;

/**
 * Reads gold files: JSON Lines in UTF-8, one fact per line, {@code //} comment lines and blank lines skipped.
 * Arguments are keys of the line (as in {@code data/gold}) or of an {@code "args"} object. Anything that would
 * change a score (unknown kind, missing argument, bad role, type or date) is a {@link GoldFormatException}
 * naming {@code file:line}; unknown extra keys are only warned about, since they change nothing.
 *
 * <pre>{@code GoldFile g = GoldReader.read(Path.of("data/gold/000_64255a36b834ab02.jsonl"));}</pre>
 */
public final class GoldReader {
    private static final Set<String> ANNOTATIONS = Set.of("fact", "args", "evidence", "optional", "rule");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?|--\\d{2}(-\\d{2})?");

    private GoldReader() {}

    public static GoldFile read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new GoldFormatException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new GoldFormatException(file.toString(), "not valid UTF-8 (gold files are UTF-8)");
        }
        return parse(text, file.toString());
    }

    /** Parses gold text; {@code source} names it in messages. */
    public static GoldFile parse(String text, String source) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<GoldFact> facts = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String[] lines = text.split("\\r?\\n|\\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("//")) {
                continue;
            }
            facts.add(fact(object(line, source + ":" + (i + 1)), source + ":" + (i + 1), warnings));
        }
        return new GoldFile(source, facts, warnings);
    }

    private static JsonObject object(String line, String where) {
        JsonReader r = new JsonReader(new StringReader(line));
        r.setStrictness(Strictness.STRICT);
        JsonElement e;
        try {
            e = JsonParser.parseReader(r);
        } catch (JsonParseException ex) {
            String msg = String.valueOf(ex.getMessage()).split("\n")[0]
                    .replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON ", "");
            throw new GoldFormatException(where, "not valid JSON (" + msg + "): " + line, ex);
        }
        if (!atEnd(r)) {
            throw new GoldFormatException(where, "text after the JSON object (one fact per line): " + line);
        }
        if (!e.isJsonObject()) {
            throw new GoldFormatException(where, "expected a JSON object such as {\"fact\":\"memberOf\", ...}, got "
                    + line);
        }
        return e.getAsJsonObject();
    }

    private static boolean atEnd(JsonReader r) {
        try {
            return r.peek() == JsonToken.END_DOCUMENT;
        } catch (IOException e) {
            return false;
        }
    }

    private static GoldFact fact(JsonObject o, String where, List<String> warnings) {
        String kindName = string(o, "fact", where);
        FactKind kind = FactKind.ofGoldName(kindName).orElseThrow(() -> new GoldFormatException(where,
                "unknown fact kind '" + kindName + "' (allowed: " + Arrays.stream(FactKind.values())
                        .map(FactKind::goldName).collect(Collectors.joining(", ")) + ")"));
        Map<String, JsonElement> entries = new LinkedHashMap<>();
        o.entrySet().stream().filter(e -> !ANNOTATIONS.contains(e.getKey()))
                .forEach(e -> entries.put(e.getKey(), e.getValue()));
        if (o.has("args")) {
            if (!o.get("args").isJsonObject()) {
                throw new GoldFormatException(where, "\"args\" must be a JSON object");
            }
            o.getAsJsonObject("args").entrySet().forEach(e -> entries.put(e.getKey(), e.getValue()));
        }
        Map<Arg, String> args = new EnumMap<>(Arg.class);
        Map<Arg, String> qids = new EnumMap<>(Arg.class);
        EntityType type = null;
        for (Map.Entry<String, JsonElement> e : entries.entrySet()) {
            String key = e.getKey();
            if (kind == FactKind.MENTION && key.equals("type")) {
                String t = text(e.getValue(), key, where);
                type = EntityType.ofName(t).orElseThrow(() -> new GoldFormatException(where, "unknown mention type '"
                        + t + "' (allowed: " + Arrays.stream(EntityType.values()).map(EntityType::localName)
                        .collect(Collectors.joining(", ")) + ")"));
                continue;
            }
            boolean isQid = key.endsWith("_qid");
            Arg a = GoldSchema.arg(kind, isQid ? key.substring(0, key.length() - 4) : key);
            if (a == null || isQid && GoldSchema.valueKind(a) != GoldSchema.ValueKind.ENTITY) {
                warnings.add(where + ": ignored key '" + key + "' (" + kind.goldName() + " takes "
                        + allowed(kind) + ")");
            } else if (isQid) {
                String q = text(e.getValue(), key, where);
                if (!QID.matcher(q).matches()) {
                    throw new GoldFormatException(where, key + " '" + q + "' is not a Wikidata id such as Q232");
                }
                qids.put(a, q);
            } else {
                args.put(a, value(a, e.getValue(), where));
            }
        }
        List<String> missing = kind.required().stream().filter(a -> !args.containsKey(a)).map(Arg::goldKey)
                .collect(Collectors.toCollection(ArrayList::new));
        if (kind == FactKind.MENTION && type == null) {
            missing.add("type");
        }
        if (!missing.isEmpty()) {
            throw new GoldFormatException(where, kind.goldName() + " lacks " + String.join(", ", missing)
                    + " (it takes " + allowed(kind) + ")");
        }
        qids.keySet().removeIf(a -> !args.containsKey(a));
        boolean optional = o.has("optional") && bool(o.get("optional"), "optional", where);
        String evidence = o.has("evidence") && o.get("evidence").isJsonPrimitive() ? o.get("evidence").getAsString()
                : null;
        return new GoldFact(kind, args, qids, type, optional, evidence, where);
    }

    private static String allowed(FactKind kind) {
        String args = GoldSchema.args(kind).stream().map(Arg::goldKey).collect(Collectors.joining(", "));
        return kind == FactKind.MENTION ? args + ", type" : args;
    }

    private static String value(Arg a, JsonElement v, String where) {
        String key = a.goldKey();
        return switch (GoldSchema.valueKind(a)) {
            case ENTITY -> text(v, key, where);
            case ROLE -> {
                String r = text(v, key, where);
                if (Arrays.stream(Role.values()).noneMatch(x -> x.name().equals(r))) {
                    throw new GoldFormatException(where, "unknown role '" + r + "' (allowed: "
                            + Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", ")) + ")");
                }
                yield r;
            }
            case BOOLEAN -> Boolean.toString(bool(v, key, where));
            case DATE -> {
                String d = text(v, key, where);
                if (!DATE.matcher(d).matches()) {
                    throw new GoldFormatException(where, "date '" + d
                            + "' is not ISO 8601 (e.g. 2007-02-16, 2007-02, 2007, --02-16)");
                }
                yield d;
            }
            case INTEGER -> {
                if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()
                        && v.getAsBigDecimal().stripTrailingZeros().scale() <= 0) {
                    yield v.getAsBigInteger().toString();
                }
                throw new GoldFormatException(where, key + " must be a whole number, got " + v);
            }
        };
    }

    private static String string(JsonObject o, String key, String where) {
        if (!o.has(key)) {
            throw new GoldFormatException(where, "no \"" + key + "\" key (every line needs \"fact\": its kind)");
        }
        return text(o.get(key), key, where);
    }

    private static String text(JsonElement v, String key, String where) {
        if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isString() && !v.getAsString().isBlank()) {
            return v.getAsString().strip();
        }
        throw new GoldFormatException(where, "\"" + key + "\" must be a non-empty string, got " + v);
    }

    private static boolean bool(JsonElement v, String key, String where) {
        if (v.isJsonPrimitive()) {
            JsonPrimitive p = v.getAsJsonPrimitive();
            if (p.isBoolean()) {
                return p.getAsBoolean();
            }
            if (p.isString() && (p.getAsString().equals("true") || p.getAsString().equals("false"))) {
                return Boolean.parseBoolean(p.getAsString());
            }
        }
        throw new GoldFormatException(where, "\"" + key + "\" must be true or false, got " + v);
    }
}
