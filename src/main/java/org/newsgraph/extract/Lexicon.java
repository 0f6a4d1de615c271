package org.newsgraph.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.NewsGraphException;

/**
 * One language's trigger lexicon, read from {@code ontology/lexicon/<lang>.lex}: trigger phrases of fact kinds with
 * the frame that says where their arguments are, role words, and word classes. The format is documented in the
 * files themselves and in {@code ontology/README.md}.
 */
public record Lexicon(String language, List<Trigger> triggers, List<RoleWord> roles, Map<WordClass, List<String>> words) {
    /** Word classes a lexicon lists. */
    public enum WordClass { FORMER, PERSON_MARKER, PRONOUN, CONJUNCTION, COMPARISON, ORG_NOUN, ORG_HEAD, ARMS, AFFILIATION, NOT_ROLE, FIRST_NAME, NOT_NAME }

    /** Where a trigger's arguments are relative to it. */
    public enum Frame {
        S_T_O("S<T>O"), O_T_S("O<T>S"), T_S_O("T>S>O"), T_O_S("T>O>S"), O_S_T("O<S<T"), S_T("S<T"), T_S("T>S");

        final String code;

        Frame(String code) {
            this.code = code;
        }

        static Frame parse(String s, Path file, int line) {
            for (Frame f : values()) {
                if (f.code.equals(s)) {
                    return f;
                }
            }
            throw new NewsGraphException(file + ":" + line + ": unknown frame '" + s + "'; allowed: S<T>O, O<T>S, T>S>O, T>O>S, O<S<T, S<T, T>S");
        }

        @Override
        public String toString() {
            return code;
        }
    }

    /** A trigger phrase of a fact kind. */
    public record Trigger(FactKind kind, Frame frame, String phrase, boolean needsArms, boolean fallback, int left,
                          int right) {}

    /** How far (in words) an argument may be from its trigger unless a section says otherwise. */
    public static final int DEFAULT_REACH = 15;

    /** A role word; {@code of} is "state", "org" or null. */
    public record RoleWord(Role role, String phrase, String of) {}

    public Lexicon {
        triggers = List.copyOf(triggers);
        roles = List.copyOf(roles);
        EnumMap<WordClass, List<String>> copy = new EnumMap<>(WordClass.class);
        for (WordClass c : WordClass.values()) {
            copy.put(c, List.copyOf(words.getOrDefault(c, List.of())));
        }
        words = copy;
    }

    public List<String> words(WordClass c) {
        return words.get(c);
    }

    /** An empty lexicon, for a language that has a profile but no lexicon file yet (names are still found). */
    public static Lexicon empty(String language) {
        return new Lexicon(language, List.of(), List.of(), Map.of());
    }

    /** Reads a lexicon file; errors name the file and line and say what is allowed. */
    public static Lexicon read(Path file) {
        String name = file.getFileName().toString();
        String lang = name.substring(0, name.lastIndexOf('.'));
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsGraphException("cannot read lexicon " + file + ": " + e.getMessage(), e);
        }
        List<Trigger> triggers = new ArrayList<>();
        List<RoleWord> roles = new ArrayList<>();
        Map<WordClass, List<String>> words = new EnumMap<>(WordClass.class);
        String[] section = null;
        int sectionLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                if (!line.endsWith("]")) {
                    throw new NewsGraphException(file + ":" + (i + 1) + ": section header must end with ']': " + line);
                }
                section = line.substring(1, line.length() - 1).strip().split("\\s+");
                sectionLine = i + 1;
                validateHeader(section, file, sectionLine);
                continue;
            }
            if (section == null) {
                throw new NewsGraphException(file + ":" + (i + 1) + ": phrase '" + line + "' before any [section]");
            }
            add(section, line, file, sectionLine, triggers, roles, words);
        }
        return new Lexicon(lang, triggers, roles, words);
    }

    private static void validateHeader(String[] h, Path file, int line) {
        String k = h[0];
        if (k.equals("role")) {
            if (h.length < 2) {
                throw new NewsGraphException(file + ":" + line + ": [role] needs a role name, one of " + List.of(Role.values()));
            }
            try {
                Role.valueOf(h[1]);
            } catch (IllegalArgumentException e) {
                throw new NewsGraphException(file + ":" + line + ": unknown role '" + h[1] + "'; allowed: " + List.of(Role.values()));
            }
            if (h.length > 2 && !Set.of("state", "org").contains(h[2])) {
                throw new NewsGraphException(file + ":" + line + ": role scope must be 'state' or 'org', got '" + h[2] + "'");
            }
            return;
        }
        if (wordClass(k) != null) {
            return;
        }
        FactKind kind = FactKind.ofGoldName(k).orElseThrow(() -> new NewsGraphException(file + ":" + line
                + ": unknown section '" + k + "'; allowed: a fact kind of GUIDELINES.md, role, former, personMarker,"
                + " pronoun, conjunction, comparison, orgNoun, orgHead, arms, affiliation, notRole, firstName, notName"));
        if (kind == FactKind.MENTION || kind == FactKind.HOLDS_POSITION) {
            throw new NewsGraphException(file + ":" + line + ": '" + k + "' has no trigger section (use [role ...])");
        }
        if (h.length < 2) {
            throw new NewsGraphException(file + ":" + line + ": [" + k + "] needs a frame, e.g. [" + k + " S<T>O]");
        }
        Frame.parse(h[1], file, line);
        for (int j = 2; j < h.length; j++) {
            if (!Set.of("arms", "fallback").contains(h[j]) && !h[j].matches("(left|right)=\\d{1,2}")) {
                throw new NewsGraphException(file + ":" + line + ": unknown flag '" + h[j]
                        + "'; allowed: arms, fallback, left=N, right=N (N words)");
            }
        }
    }

    private static WordClass wordClass(String k) {
        return switch (k) {
            case "former" -> WordClass.FORMER;
            case "personMarker" -> WordClass.PERSON_MARKER;
            case "pronoun" -> WordClass.PRONOUN;
            case "conjunction" -> WordClass.CONJUNCTION;
            case "comparison" -> WordClass.COMPARISON;
            case "orgNoun" -> WordClass.ORG_NOUN;
            case "orgHead" -> WordClass.ORG_HEAD;
            case "arms" -> WordClass.ARMS;
            case "affiliation" -> WordClass.AFFILIATION;
            case "notRole" -> WordClass.NOT_ROLE;
            case "firstName" -> WordClass.FIRST_NAME;
            case "notName" -> WordClass.NOT_NAME;
            default -> null;
        };
    }

    private static void add(String[] h, String phrase, Path file, int line, List<Trigger> triggers,
                            List<RoleWord> roles, Map<WordClass, List<String>> words) {
        if (h[0].equals("role")) {
            roles.add(new RoleWord(Role.valueOf(h[1]), phrase, h.length > 2 ? h[2] : null));
            return;
        }
        WordClass c = wordClass(h[0]);
        if (c != null) {
            words.computeIfAbsent(c, x -> new ArrayList<>()).add(phrase);
            return;
        }
        FactKind kind = FactKind.ofGoldName(h[0]).orElseThrow();
        Set<String> flags = Set.of(h);
        triggers.add(new Trigger(kind, Frame.parse(h[1], file, line), phrase, flags.contains("arms"),
                flags.contains("fallback"), reach(h, "left="), reach(h, "right=")));
    }

    private static int reach(String[] h, String key) {
        for (String f : h) {
            if (f.startsWith(key)) {
                return Integer.parseInt(f.substring(key.length()));
            }
        }
        return DEFAULT_REACH;
    }
}
