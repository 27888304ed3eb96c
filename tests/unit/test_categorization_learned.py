from app.categorization.learned import Categoriser, Example, example_text, seed_examples


def test_seed_examples_cover_the_default_categories():
    names = {e.category for e in seed_examples()}
    assert {
        "dining",
        "groceries",
        "transport",
        "fuel",
        "shopping",
        "subscriptions",
        "salary",
        "bills & utilities",
        "rent",
        "health",
        "travel",
        "transfers",
        "fees",
        "investments",
        "entertainment",
        "income",
    } <= names


def test_defaults_from_the_seed_examples():
    model = Categoriser.train()
    texts = [
        example_text("Zomato", "food order", "noreply@zomato.com"),
        example_text("Shell", "fuel", None),
        example_text("Netflix", None, "info@account.netflix.com"),
    ]
    assert [name for name, _ in model.predict(texts)] == ["dining", "fuel", "subscriptions"]


def test_a_users_correction_is_learned():
    text = example_text("Chai Point Koramangala", None, None)
    before = Categoriser.train().predict([text])[0][0]
    corrections = [Example(example_text("Chai Point", None, None), "groceries")] * 2
    after = Categoriser.train(corrections).predict([text])[0][0]
    assert after == "groceries" and before != "groceries"


def test_unsure_answers_are_none():
    model = Categoriser.train(min_confidence=0.99)
    [(name, confidence)] = model.predict([example_text("Zq7 Holdings", None, None)])
    assert name is None and confidence < 0.99


def test_round_trips_through_bytes():
    model = Categoriser.train()
    text = [example_text("Uber", "trip", None)]
    assert Categoriser.loads(model.dumps()).predict(text) == model.predict(text)
