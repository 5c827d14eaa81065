package io.pressbrief.analysis.sentiment;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings from bge-small-en-v1.5 (quantised, run in-process by ONNX Runtime from the model
 * inside its Maven jar; nothing is downloaded). The model (34 MB of ONNX) is loaded once per JVM and
 * shared: it is thread-safe. About 2 ms a sentence on two cores in batches of a hundred or so.
 */
public final class SentenceEmbeddings {
  /** The length of every vector. */
  public static final int DIMENSIONS = 384;
  private static volatile SentenceEmbeddings shared;

  private final EmbeddingModel model;

  private SentenceEmbeddings() {
    this.model = new BgeSmallEnV15QuantizedEmbeddingModel();
  }

  /** The JVM's one instance, loaded on first use. */
  public static SentenceEmbeddings shared() {
    SentenceEmbeddings s = shared;
    if (s == null) {
      synchronized (SentenceEmbeddings.class) {
        s = shared;
        if (s == null) {
          s = new SentenceEmbeddings();
          shared = s;
        }
      }
    }
    return s;
  }

  /** The embedding of one text (a blank text is embedded as "."), {@link #DIMENSIONS} long. */
  public float[] embed(String text) {
    return model.embed(text.isBlank() ? "." : text).content().vector();
  }

  /** The embeddings of many texts, in order (faster than one at a time: the model batches them). */
  public List<float[]> embedAll(List<String> texts) {
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String t : texts) {
      segments.add(TextSegment.from(t.isBlank() ? "." : t));
    }
    List<float[]> out = new ArrayList<>(texts.size());
    model.embedAll(segments).content().forEach(e -> out.add(e.vector()));
    return out;
  }
}
