package nl.xlascorecard.sandbox.demo;

import java.util.Collection;
import java.util.List;
import java.util.Random;

/**
 * The demo respondents' answers to the relationship question (NPS), 0..10, drawn around the grade
 * their own scores suggest: the mean score / 10, plus one because Dutch respondents grade a service
 * they are content with a 7 or 8 rather than a 9, plus some personal spread. About a quarter explain
 * their answer. Its own seeded random stream, so adding NPS changed no other demo figure.
 */
final class DemoRecommendations {

    private static final long SEED = 20261207L;
    /** Used when a respondent gave no score at all (every statement "no opinion"). */
    private static final double NEUTRAL_GRADE = 7.0;

    private static final List<String> PROMOTER = List.of(
            "Ik raad ze zonder aarzelen aan bij andere zorgorganisaties.",
            "Betrouwbare partner die onze zorgprocessen echt begrijpt.",
            "Snel, deskundig en altijd bereikbaar: dat zeg ik collega's ook.");

    private static final List<String> PASSIVE = List.of(
            "Goed geregeld, maar niet zo bijzonder dat ik ze actief aanraad.",
            "Een ruime voldoende; de bereikbaarheid kan nog beter.",
            "Tevreden, al zie ik bij andere aanbieders ook goede dingen.");

    private static final List<String> DETRACTOR = List.of(
            "Te vaak storingen tijdens de zorgdiensten om ze aan te raden.",
            "Meldingen blijven te lang liggen; dat zou ik een collega niet aandoen.",
            "We moeten te veel zelf achter de oplossing aan zitten.");

    /** One answer: the 0..10 recommendation and an optional comment. */
    record Answer(Integer recommendation, String comment) {
    }

    private final Random random = new Random(SEED);

    Answer answer(Collection<Integer> scores) {
        double grade = scores.isEmpty() ? NEUTRAL_GRADE
                : scores.stream().mapToInt(Integer::intValue).average().orElse(NEUTRAL_GRADE * 10) / 10.0 + 1.0;
        int recommendation = (int) Math.round(Math.max(0, Math.min(10, grade + random.nextGaussian() * 1.1)));
        String comment = random.nextDouble() < 0.25 ? pick(band(recommendation)) : null;
        return new Answer(recommendation, comment);
    }

    private static List<String> band(int recommendation) {
        return recommendation >= 9 ? PROMOTER : recommendation >= 7 ? PASSIVE : DETRACTOR;
    }

    private String pick(List<String> texts) {
        return texts.get(random.nextInt(texts.size()));
    }
}
