from fastapi import APIRouter

from app.api.v1 import (
    connected_accounts,
    email_sync,
    emails,
    google_auth,
    jobs,
    roles,
    users,
    ws,
)

api_router = APIRouter(prefix="/api/v1")
api_router.include_router(users.router)
api_router.include_router(roles.router)
api_router.include_router(jobs.router)
api_router.include_router(ws.router)
api_router.include_router(connected_accounts.router)
api_router.include_router(emails.router)
api_router.include_router(google_auth.router)
api_router.include_router(email_sync.router)
