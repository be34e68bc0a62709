package hub.analysis;

import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.StringSetting;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * The "stemmer" filter for the languages the hub indexes, with the same
 * "language" names and Lucene stemmers as Elasticsearch's analysis-common module.
 */
@NamedComponent("stemmer")
public class StemmerFactory implements TokenFilterFactory {
    @AnalysisSettings
    public interface Settings {
        @StringSetting(path = "language", defaultValue = "english")
        String language();
    }

    private static final Set<String> LANGUAGES =
        Set.of(
            "english", "porter", "minimal_english", "possessive_english",
            "french", "light_french", "spanish", "light_spanish"
        );

    private final String language;

    @Inject
    public StemmerFactory(Settings settings) {
        if (LANGUAGES.contains(settings.language()) == false) {
            throw new IllegalArgumentException("stemmer language [" + settings.language() + "] is not provided by this plugin");
        }
        this.language = settings.language();
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        switch (language) {
            case "minimal_english":
                return new EnglishMinimalStemFilter(tokenStream);
            case "possessive_english":
                return new EnglishPossessiveFilter(tokenStream);
            case "french":
                return new SnowballFilter(tokenStream, new FrenchStemmer());
            case "light_french":
                return new FrenchLightStemFilter(tokenStream);
            case "spanish":
                return new SnowballFilter(tokenStream, new SpanishStemmer());
            case "light_spanish":
                return new SpanishLightStemFilter(tokenStream);
            default:
                return new PorterStemFilter(tokenStream);
        }
    }
}
