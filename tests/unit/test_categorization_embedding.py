"""The embedding categoriser's model: the INT8 ONNX file built from the package's weights is
really quantised, its sentence vectors are unit length, and they place related merchants near
each other; the vote prefers a user's example over the seeds."""

import numpy as np
import onnx

from app.categorization import embedding, minilm_onnx
from app.categorization.learned import Example


def test_the_built_model_is_int8():
    embedding.model()  # builds the artefact if this checkout has none yet
    graph = onnx.load(str(minilm_onnx.artefact_path())).graph
    ops = {node.op_type for node in graph.node}
    assert {"DynamicQuantizeLinear", "MatMulInteger"} <= ops
    int8 = [t for t in graph.initializer if t.data_type == onnx.TensorProto.INT8]
    assert len(int8) >= 36  # 6 layers x (q, k, v, out, up, down) weight matrices


def test_sentence_vectors_are_unit_length_and_meaningful():
    vectors = embedding.model().embed(["starbucks coffee", "costa coffee", "shell petrol pump"])
    assert vectors.shape == (3, embedding.DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    coffee, other_coffee, fuel = vectors
    assert coffee @ other_coffee > coffee @ fuel


def test_a_users_example_outweighs_the_seeds():
    seeds_only = embedding.EmbeddingCategoriser.build()
    assert seeds_only.predict(["zomato"])[0][0] == "dining"
    mine = embedding.EmbeddingCategoriser.build([Example("zomato", "groceries")])
    assert mine.predict(["zomato"])[0][0] == "groceries"
