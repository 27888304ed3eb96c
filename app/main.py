from app.api.app import create_application

app = create_application()
