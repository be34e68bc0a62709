package hub.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.IntSetting;

/** The "edge_ngram" filter ("min_gram", "max_gram"): Lucene's EdgeNGramTokenFilter. */
@NamedComponent("edge_ngram")
public class EdgeNGramFactory implements TokenFilterFactory {
    @AnalysisSettings
    public interface Settings {
        @IntSetting(path = "min_gram", defaultValue = 1)
        int minGram();

        @IntSetting(path = "max_gram", defaultValue = 2)
        int maxGram();
    }

    private final int minGram;
    private final int maxGram;

    @Inject
    public EdgeNGramFactory(Settings settings) {
        this.minGram = settings.minGram();
        this.maxGram = settings.maxGram();
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new EdgeNGramTokenFilter(tokenStream, minGram, maxGram, false);
    }
}
