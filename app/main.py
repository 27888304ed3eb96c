from app.core.setup import create_application

app = create_application()
